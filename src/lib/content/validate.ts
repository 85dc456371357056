import { z } from '../zod.ts';
import { Desk, IsoDate, Localized, POWER_OFF, Source } from './schema.ts';

/*
 * Content checks, run at build time (src/lib/content/content.server.ts) and by the tests, never in
 * the browser: pages import the checked data from virtual:content/*, so zod is not shipped.
 * Every problem names the file and the field path, so a bad entry fails the build and the tests.
 */
export { validateTriage, type TriageFiles } from './validate-triage.ts';

/** 'content/desks/ipa-anshin.json' for a key such as '/content/desks/ipa-anshin.json'. */
const displayPath = (key: string) => key.replace(/^\/+/, '');
const fileId = (key: string) => /([^/]+)\.json$/.exec(key)?.[1] ?? key;

/** Where a desk goes within its category (content/desk-order.json); unlisted desks go last. */
export function rankIn(order: readonly string[], id: string): number {
	const i = order.indexOf(id);
	return i === -1 ? order.length : i;
}

/**
 * How sure a fact is must follow from what it was read on. Every `from` names one of the desk's
 * sources (its url or seed file). A fact marked confirmed (a contact, its hours, a note) must name
 * its sources, and one of them must be a page, not a seed: a fact found only in the seeds is "seed".
 * A confirmed link must itself be one of the pages it was read on. Returns "field: problem" lines.
 */
export function checkFrom(desk: Desk): string[] {
	const problems: string[] = [];
	const seeds = new Set(desk.sources.flatMap((s) => (s.seed ? [s.seed] : [])));
	const urls = new Set(desk.sources.flatMap((s) => (s.url ? [s.url] : [])));
	const check = (path: string, from: readonly string[] | undefined, confirmed: boolean, link?: string) => {
		from?.forEach((f, i) => {
			if (!seeds.has(f) && !urls.has(f)) problems.push(`${path}.from.${i}: "${f}" is not the url or seed of one of the desk's sources`);
		});
		if (!confirmed) return;
		if (!from) {
			problems.push(`${path}.certainty: "confirmed" needs "from", naming the page it was read on`);
		} else if (!from.some((f) => urls.has(f))) {
			problems.push(`${path}.certainty: "confirmed", but its only source is a seed: mark it "seed" (or name the page it was read on)`);
		} else if (link && !from.includes(link)) {
			problems.push(`${path}.url: a confirmed link must be a page it was read on: add "${link}" to the sources and to "from", or lower its certainty`);
		}
	};
	desk.contacts.forEach((c, i) =>
		check(`contacts.${i}`, c.from, c.certainty === 'confirmed' || c.hours.certainty === 'confirmed', c.kind === 'web' ? c.url : undefined)
	);
	desk.notes.forEach((n, i) => check(`notes.${i}`, n.from, n.certainty === 'confirmed'));
	return problems;
}

/**
 * Validates desk files keyed by path. Throws one error listing every problem, each naming the file
 * and the field path. With `complete`, every id in `ids` must have a valid file. Returns the desks
 * in `order` (content/desk-order.json); desks not listed there come last, by id.
 */
export function validateDesks(
	files: Record<string, unknown>,
	{ complete = false, ids = [], order = [] }: { complete?: boolean; ids?: readonly string[]; order?: readonly string[] } = {}
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
		problems.push(...checkFrom(desk).map((p) => `${file}: ${p}`));
		const other = seen.get(desk.id);
		if (other) problems.push(`${file}: id: "${desk.id}" is already used by ${other}`);
		seen.set(desk.id, file);
		desks.push(desk);
	}
	if (complete) {
		for (const id of ids) {
			if (!named.has(id)) problems.push(`content/desks/${id}.json: (file): missing; every desk id needs a file`);
		}
	}
	if (problems.length) throw new Error(`Invalid desk content:\n${problems.join('\n')}`);
	return desks.sort((a, b) => rankIn(order, a.id) - rankIn(order, b.id) || a.id.localeCompare(b.id));
}

const Text = Localized.refine((t) => !POWER_OFF.test(t.ja) && !POWER_OFF.test(t.en), {
	error: 'first aid must never say to turn a device off'
});

const Rule = z.object({ title: Text, body: Text });

export const FirstAid = z.object({
	$comment: z.string().optional(),
	/** In order. `short`: the same rule in fewer words, for the home page's first screen. */
	rules: z
		.array(z.object({ id: z.string().min(1), ...Rule.shape, short: Rule.optional() }))
		.min(1)
		.refine((rules) => rules.filter((r) => r.short).length === 2, {
			error: 'exactly two rules need "short": the home page shows them under 「まず、この2つ」 (home_first_aid_title)'
		}),
	disconnect: z
		.array(z.object({ id: z.enum(['lan', 'wifi', 'windows', 'mac', 'iphone', 'android']), label: Localized, steps: z.array(Text).min(1) }))
		.min(1),
	notes: z.array(Text),
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type FirstAid = z.infer<typeof FirstAid>;

/** Validates content/first-aid/first-aid.json; the error names the file and every bad field. */
export function validateFirstAid(raw: unknown, file = 'content/first-aid/first-aid.json'): FirstAid {
	const result = FirstAid.safeParse(raw);
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(file)'}: ${i.message}`);
	throw new Error(`Invalid first-aid content:\n${problems.join('\n')}`);
}

/** The desk order file: ids in the order the desks page lists them within a category. */
export const DeskOrder = z.object({ $comment: z.string().optional(), order: z.array(z.string().regex(/^[a-z0-9-]+$/)) });
