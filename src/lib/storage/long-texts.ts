import type { Incident } from '$lib/incident/schema';
import { DETAIL_KEYS } from '$lib/incident/record-basics';

/**
 * A long detail text (a pasted log, a forwarded mail) is kept in its own record, apart from its
 * incident. Typing in any field writes the incident after every few keys (write-through.ts); with
 * a 100 KB text inside it, each of those writes read and wrote the 100 KB again, and on a slow
 * phone (6× CPU) the longest of the write's tasks grew from about 9 ms to 11-25 ms, long enough
 * for the next key to wait on it. Kept apart, the text is written only when it changes, and read
 * only when it changed in another tab (its version differs from the one this tab last saw).
 *
 * On disk: the incident's record holds `''` in such a field and, under `textRefs`, the field's
 * version; the `texts` object store holds `{ id, field, version, text }`, keyed [id, field]. Only
 * the store (incident-store.ts) reads and writes this layout: everyone else gets whole incidents.
 * A text whose record is missing makes its incident damaged (kept for the list and export), never
 * silently empty.
 */

/** A detail text at least this long (in UTF-16 code units) is kept in its own record. */
export const OWN_RECORD_CHARS = 4_096;

/** The field of a stored incident that names the detail texts kept apart, and their versions. */
export const TEXT_REFS = 'textRefs';

export interface TextRecord {
	id: string;
	field: string;
	version: string;
	text: string;
}

export type TextRefs = Record<string, string>;

/** The versions of the texts kept apart that a raw stored record names, or undefined for none. */
export function refsOf(raw: unknown): TextRefs | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const refs = (raw as Record<string, unknown>)[TEXT_REFS];
	if (!refs || typeof refs !== 'object' || Array.isArray(refs)) return undefined;
	const out: TextRefs = {};
	for (const [field, version] of Object.entries(refs)) if (typeof version === 'string') out[field] = version;
	return Object.keys(out).length ? out : undefined;
}

/**
 * The raw record with its texts put back and `textRefs` taken out: what was written, whole. A text
 * not found (`undefined`) is put back as a note that no schema accepts, so the record reads as
 * damaged and stays listed and exportable.
 */
export function joinTexts(raw: unknown, texts: Record<string, string | undefined>): unknown {
	const refs = refsOf(raw);
	if (!refs) return raw;
	const { [TEXT_REFS]: _refs, ...rest } = raw as Record<string, unknown>;
	const details = rest.details && typeof rest.details === 'object' ? { ...(rest.details as Record<string, unknown>) } : {};
	for (const [field, version] of Object.entries(refs)) {
		const text = texts[field];
		details[field] = text ?? { missingText: version };
	}
	return { ...rest, details };
}

/**
 * How an incident is stored: each detail text of OWN_RECORD_CHARS or more is taken out to its own
 * record. `kept(field, text)` answers the version under which exactly this text is stored already
 * (then it is not written again); `newVersion` names a text to be written.
 */
export function splitTexts(
	incident: Incident,
	kept: (field: string, text: string) => string | undefined,
	newVersion: () => string
): { record: Incident | (Incident & { [TEXT_REFS]: TextRefs }); write: TextRecord[] } {
	const refs: TextRefs = {};
	const write: TextRecord[] = [];
	let details: Incident['details'] | undefined;
	for (const field of DETAIL_KEYS) {
		const text = incident.details[field];
		if (text.length < OWN_RECORD_CHARS) continue;
		let version = kept(field, text);
		if (version === undefined) {
			version = newVersion();
			write.push({ id: incident.id, field, version, text });
		}
		refs[field] = version;
		details ??= { ...incident.details };
		details[field] = '';
	}
	if (!details) return { record: incident, write };
	return { record: { ...incident, details, [TEXT_REFS]: refs }, write };
}
