/** Put between two versions of a field written in two tabs at once; both are kept. */
export const CONFLICT_MARKER = '――― 別のタブ・画面で保存された内容 / Saved from another tab ―――';
export const CONFLICT_SEPARATOR = `\n\n${CONFLICT_MARKER}\n`;

/** This tab's text with the other tabs' text kept after one marker, as stored during a conflict. */
export function composeConflict(ours: string, held: string | undefined): string {
	return held === undefined || held === '' ? ours : `${ours}${CONFLICT_SEPARATOR}${held}`;
}

export interface FieldMerge {
	/** What to store. */
	text: string;
	/** The other tabs' text, kept beside ours until the person chooses; undefined when none. */
	held: string | undefined;
	/** True when this write found a conflict the tab did not know of yet (tell the person, once). */
	conflict: boolean;
}

/**
 * The text to store for one field typed in this tab, given the stored text it was typed over
 * (`base`), what is stored now (`theirs`) and the other tabs' text this tab already keeps beside
 * its own (`held`). Another tab's text is kept after one marker, never nested: the parts of
 * `theirs` that are only an older copy of this tab's text are dropped, whatever markers they came
 * with, so two tabs typing at once end with one marker between their two texts.
 */
export function mergeField(ours: string, base: string, theirs: string, held?: string): FieldMerge {
	const written = composeConflict(ours, held);
	if (theirs === base || theirs === ours || theirs === written) return { text: written, held, conflict: false };
	const parts = theirs.split(CONFLICT_SEPARATOR);
	const others = parts.filter((part) => part !== '' && !ours.startsWith(part) && !ours.includes(part));
	if (others.length === 0) return { text: written, held, conflict: false };
	if (parts.length === 1 && theirs.includes(ours)) {
		// Another tab went on from this tab's text: theirs already holds all of it.
		return { text: theirs, held: undefined, conflict: false };
	}
	const other = others.join(CONFLICT_SEPARATOR);
	return { text: composeConflict(ours, other), held: other, conflict: held === undefined };
}
