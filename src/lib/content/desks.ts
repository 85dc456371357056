import { Desk } from './schema';
import { deskIds, deskRank, type DeskId } from './desk-ids';

export type { Desk };

/** 'content/desks/ipa-anshin.json' for a glob key such as '/content/desks/ipa-anshin.json'. */
const displayPath = (key: string) => key.replace(/^\/+/, '');
const fileId = (key: string) => /([^/]+)\.json$/.exec(key)?.[1] ?? key;

/**
 * Validates desk files keyed by path. Throws one error listing every problem, each naming the file
 * and the field path, so a bad entry fails the tests and the build (pages import this while
 * prerendering). With `complete`, every desk id must have a valid file. Returns the desks in the
 * order of content/desk-order.json; desks not listed there come last, by id.
 */
export function validateDesks(
	files: Record<string, unknown>,
	{ complete = false }: { complete?: boolean } = {}
): Desk[] {
	const problems: string[] = [];
	const desks: Desk[] = [];
	const seen = new Map<string, string>();
	const named = new Set(Object.keys(files).map(fileId));
	for (const key of Object.keys(files).sort()) {
		const file = displayPath(key);
		const result = Desk.safeParse(files[key]);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const path = issue.path.length ? issue.path.join('.') : '(file)';
				problems.push(`${file}: ${path}: ${issue.message}`);
			}
			continue;
		}
		const desk = result.data;
		if (desk.id !== fileId(key)) {
			problems.push(`${file}: id: "${desk.id}" must equal the file name "${fileId(key)}"`);
		}
		const other = seen.get(desk.id);
		if (other) problems.push(`${file}: id: "${desk.id}" is already used by ${other}`);
		seen.set(desk.id, file);
		desks.push(desk);
	}
	if (complete) {
		for (const id of deskIds) {
			if (!named.has(id)) problems.push(`content/desks/${id}.json: (file): missing; every desk id needs a file`);
		}
	}
	if (problems.length) throw new Error(`Invalid desk content:\n${problems.join('\n')}`);
	return desks.sort((a, b) => deskRank(a.id) - deskRank(b.id) || a.id.localeCompare(b.id));
}

export const desks: Desk[] = validateDesks(
	import.meta.glob('/content/desks/*.json', { eager: true, import: 'default' }),
	{ complete: true }
);

const byId = new Map(desks.map((d) => [d.id, d]));

/** Whether a desk file exists for this id (ids from links, imports and old records). */
export function isDeskId(id: string): id is DeskId {
	return byId.has(id);
}

export function getDesk(id: DeskId): Desk {
	const desk = byId.get(id);
	if (!desk) throw new Error(`No desk content for "${id}" (content/desks/${id}.json)`);
	return desk;
}
