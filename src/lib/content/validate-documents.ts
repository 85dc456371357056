import { z } from 'zod';
import { IsoDate, Localized, Source } from './schema.ts';
import { slotsIn, type Template } from './template.ts';

// Checks of the documents' wording (content/documents/), run at build time by content.server.ts: the
// browser gets the checked data from virtual:content/documents and no validator.

/**
 * Text in both languages that uses exactly the named {slots}, each in both languages: a slot the code
 * does not fill, or one it fills that the text forgot, fails the build with the file and field.
 */
export function template<const S extends string = never>(...slots: S[]): z.ZodType<Template<S>> {
	return Localized.superRefine((text, ctx) => {
		for (const lang of ['ja', 'en'] as const) {
			const used = slotsIn(text[lang]);
			const unknown = used.filter((s) => !(slots as string[]).includes(s));
			const missing = slots.filter((s) => !used.includes(s));
			if (unknown.length || missing.length) {
				ctx.addIssue({
					code: 'custom',
					path: [lang],
					message: `must use the slots ${slots.map((s) => `{${s}}`).join(', ') || '(none)'}${unknown.length ? `; unknown: ${unknown.map((s) => `{${s}}`).join(', ')}` : ''}${missing.length ? `; missing: ${missing.map((s) => `{${s}}`).join(', ')}` : ''}`
				});
			}
		}
	}) as unknown as z.ZodType<Template<S>>;
}

/** Plain text, no slots: a stray {name} is a slot nobody fills. */
const Text = template();

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
	/**
	 * The nine items of 施行規則 第8条第1項, in their order: their one home. The PPC draft page and the summary
	 * for the PPC (src/lib/incident/summary.ts) both list them, each label as it is, numbered "1. " to "9. ".
	 */
	items: z
		.array(z.object({ id: z.enum(PPC_ITEM_IDS), label: Localized, hint: Localized }))
		.length(PPC_ITEM_IDS.length, { error: `exactly nine items (施行規則 第8条第1項): ${PPC_ITEM_IDS.join(', ')}` })
		.refine((items) => items.map((i) => i.id).join() === PPC_ITEM_IDS.join(), { error: `the nine items, in order: ${PPC_ITEM_IDS.join(', ')}` })
		.superRefine((items, ctx) => {
			items.forEach((item, i) => {
				for (const lang of ['ja', 'en'] as const) {
					if (!item.label[lang].startsWith(`${i + 1}. `)) ctx.addIssue({ code: 'custom', path: [i, 'label', lang], message: `must start with its number, "${i + 1}. "` });
				}
			});
		}),
	/** Where nothing is known yet: the draft's empty fields and the summary's items. */
	fillIn: Localized,
	/** Sentences put into the items from the triage's answers and the record. */
	filled: z.object({ noticed: template('at'), sensitive: Text, over1000: Text, financial: Text, unlawful: Text, done: Text, contacts: Text }),
	deadlines: z.object({ title: Localized, noDate: Localized, unlawfulNote: Localized, notifyNote: Localized }),
	/** The 本人通知 template: the slots are filled from the items and the sender. */
	notice: z.object({ title: Localized, intro: Localized, body: template('organisation', 'outline', 'dataItems', 'cause', 'secondary', 'contact') }),
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

const TIMELINE_KINDS = ['quick-note', 'seen', 'followed', 'done'] as const;

/**
 * The wording of the summary sent to a desk (content/documents/summary.json; src/lib/incident/summary.ts
 * lays it out). The keys with slots are templates the code fills.
 */
export const SummaryWording = z.object({
	$comment: z.string().optional(),
	subject: Text,
	subjectNoticed: template('when'),
	subjectPpc: Text,
	subjectPpcNoticed: template('when'),
	subjectPoliceReport: Text,
	greeting: Text,
	greetingTo: template('desk'),
	intro: Text,
	happened: Text,
	discovered: Text,
	unknown: Text,
	notRecorded: Text,
	whatHappened: Text,
	observed: Text,
	devices: Text,
	deviceType: Text,
	os: Text,
	securitySoftware: Text,
	cloudServices: Text,
	done: Text,
	noneDone: Text,
	why: Text,
	consulted: Text,
	contactsMade: Text,
	reference: Text,
	outcome: Text,
	kinds: z.object(Object.fromEntries(TIMELINE_KINDS.map((k) => [k, Text])) as Record<(typeof TIMELINE_KINDS)[number], typeof Text>),
	/** How a desk was reached (a contact record's `how`, src/lib/plan/schema.ts ContactHow). */
	how: z.strictObject({ phone: Text, web: Text, mail: Text, visit: Text, other: Text }),
	/** The plan (issue 24): a ticked step's label in the list of what was done. */
	planStep: Text,
	deskDone: template('desk'),
	/** The heading over the replies awaited and the dates ahead. */
	ahead: Text,
	waitingBy: template('desk', 'date'),
	waiting: template('desk'),
	/** Each kind of the plan's dates (src/lib/plan/schema.ts PlanDateKind). */
	dateKinds: z.strictObject({ 'ppc-preliminary': Text, 'ppc-final': Text, callback: Text, insurer: Text, own: Text }),
	jcrat: Text,
	jcratText: Text,
	jcratReminder: Text,
	/** The heading over the PPC's nine items, which are ppc-draft.json's `items` (their one home). */
	ppc: Text,
	ppcReminder: Text,
	police: Text,
	policeReport: Text,
	policeConsult: Text,
	policeChoose: Text,
	policeReminder: Text,
	contact: Text,
	name: Text,
	organisation: Text,
	phone: Text,
	email: Text,
	closing: Text,
	footer: template('now'),
	situation: Text,
	ppcDeadlines: template('learned'),
	ppcPreliminary: template('date'),
	ppcFinal: template('date', 'days'),
	ppcCheck: Text,
	evidence: Text,
	hash: Text,
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type SummaryWording = z.infer<typeof SummaryWording>;

/** Parses one content file; the error names the file and the field. */
export function parseDocument<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(file)'}: ${i.message}`);
	throw new Error(problems.join('\n'));
}

