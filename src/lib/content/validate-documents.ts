import { z } from 'zod';
import { IsoDate, Localized, Source } from './schema.ts';

// Checks of the documents' wording (content/documents/), run at build time by content.server.ts: the
// browser gets the checked data from virtual:content/documents and no validator.

/** Wording of the documents the desks want (content/documents/): headings, notices, steps, with sources. */
export const PoliceSheet = z.object({
	title: Localized,
	notice: Localized,
	onlineNote: Localized,
	headings: z.object({
		reporter: Localized,
		when: Localized,
		what: Localized,
		damage: Localized,
		timeline: Localized,
		evidence: Localized,
		desks: Localized
	}),
	labels: z.record(z.string(), Localized),
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type PoliceSheet = z.infer<typeof PoliceSheet>;

export const PPC_ITEM_IDS = ['outline', 'dataItems', 'count', 'cause', 'secondary', 'peopleResponse', 'publication', 'prevention', 'other'] as const;
export type PpcItemId = (typeof PPC_ITEM_IDS)[number];

export const PpcDraft = z.object({
	title: Localized,
	intro: Localized,
	formLink: Localized,
	formUrl: z.url({ protocol: /^https$/ }),
	/** The nine items of 施行規則 第8条第1項, in their order. */
	items: z
		.array(z.object({ id: z.enum(PPC_ITEM_IDS), label: Localized, hint: Localized }))
		.refine((items) => items.map((i) => i.id).join() === PPC_ITEM_IDS.join(), { error: `the nine items, in order: ${PPC_ITEM_IDS.join(', ')}` }),
	fillIn: Localized,
	deadlines: z.object({ title: Localized, noDate: Localized, unlawfulNote: Localized, notifyNote: Localized }),
	notice: z.object({ title: Localized, intro: Localized, body: Localized }),
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type PpcDraft = z.infer<typeof PpcDraft>;

export const JcratForward = z.object({
	title: Localized,
	intro: Localized,
	older: Localized,
	address: Localized,
	safety: Localized,
	stepsNote: Localized,
	clients: z.array(z.object({ id: z.enum(['outlook', 'gmail', 'iphone']), name: Localized, steps: z.array(Localized).min(1) })).length(3),
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type JcratForward = z.infer<typeof JcratForward>;

/** Parses one content file; the error names the file and the field. */
export function parseDocument<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(file)'}: ${i.message}`);
	throw new Error(problems.join('\n'));
}

