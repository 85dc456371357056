import { z } from 'zod';
import { Certainty, Localized, POWER_OFF } from './schema.ts';
import { MESSAGE_DOCUMENTS, type MessageDocument } from './message-documents.ts';
import { slotsIn } from './template.ts';
import { ConditionShape, conditionChecker, RuleSource, type Condition, type Question } from './validate-triage.ts';

/**
 * What to do after the first call, as content: recovery steps per situation (content/recovery/<id>.json),
 * the ready messages to send to friends, partners or customers (content/messages/<id>.json) and the
 * warning about the next scam (content/recovery/next-scam.json). Checked at build time like the triage:
 * every step names its sources, the date it was checked and how sure it is; every `when` is checked
 * against the questions as a rule's is; a mistake fails the build naming the file and the field.
 */

const Id = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and hyphens' });
const Checked = z.iso.date({ error: 'must be the date it was checked, YYYY-MM-DD' });

const Link = z.strictObject({ url: z.url({ protocol: /^https$/, error: 'must be an https URL' }), label: Localized });

const Step = z.strictObject({
	id: Id,
	/** Only when this holds too (the set's `when` always must). */
	when: ConditionShape.optional(),
	text: Localized,
	/** Official pages only: a link is given only where a source names it. */
	links: z.array(Link).optional(),
	/** Where to find it in the app, when no page can be linked. */
	where: Localized.optional(),
	sources: z.array(RuleSource).min(1, { error: 'every step needs at least one source' }),
	checked: Checked,
	certainty: Certainty
});

const RecoverySetFile = z.strictObject({
	$comment: z.string().optional(),
	id: Id,
	when: ConditionShape,
	/** Where the set goes among those that apply: lower first, then by file name (default 50). */
	order: z.number().int().min(0).max(99).prefault(50),
	title: Localized,
	steps: z.array(Step).min(1)
});

const NextScamFile = z.strictObject({
	$comment: z.string().optional(),
	title: Localized,
	text: z.array(Localized).min(1),
	sources: z.array(RuleSource).min(1),
	checked: Checked,
	certainty: Certainty
});


const MessageFile = z.strictObject({
	$comment: z.string().optional(),
	id: Id,
	when: ConditionShape,
	title: Localized,
	/** Who it is for, e.g. 「友だち・家族へ」. */
	audience: Localized,
	/** The mail's subject, for the mail action. */
	subject: Localized.optional(),
	/** The text, with {slots}; a document message says here what the document is. */
	body: Localized,
	/** Every {slot} the body and subject use, with what the person fills in. */
	slots: z.record(z.string().regex(/^[a-zA-Z]+$/), Localized).prefault({}),
	/** The existing document this message is (the body then only introduces it). */
	document: z.enum(Object.keys(MESSAGE_DOCUMENTS) as [MessageDocument, ...MessageDocument[]]).optional(),
	sources: z.array(RuleSource).min(1, { error: 'every message needs at least one source' }),
	checked: Checked,
	certainty: Certainty
});

export type RecoveryLink = z.infer<typeof Link>;
export type RecoveryStepContent = z.infer<typeof Step>;
export type RecoverySet = Omit<z.infer<typeof RecoverySetFile>, '$comment'>;
export type NextScam = Omit<z.infer<typeof NextScamFile>, '$comment'>;
export type MessageContent = Omit<z.infer<typeof MessageFile>, '$comment'>;
export type { Condition };

export interface RecoveryContent {
	/** By `order`, then file name. */
	sets: RecoverySet[];
	nextScam: NextScam;
	/** In file-name order. */
	messages: MessageContent[];
}

export interface RecoveryFiles {
	/** Keyed by path, e.g. '/content/recovery/account-takeover.json'. */
	sets: Record<string, unknown>;
	nextScam: [string, unknown];
	messages: Record<string, unknown>;
}

export const NEXT_SCAM_FILE = 'next-scam.json';

const displayPath = (key: string) => key.replace(/^\/+/, '');
const fileId = (key: string) => /([^/]+)\.json$/.exec(key)?.[1] ?? key;

/** Validates the recovery sets, the next-scam warning and the ready messages; throws one error naming every problem. */
export function validateRecovery(files: RecoveryFiles, questions: readonly Question[]): RecoveryContent {
	const problems: string[] = [];
	const parse = <T>(schema: z.ZodType<T>, key: string, raw: unknown): T | undefined => {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			problems.push(`${displayPath(key)}: ${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
		}
		return undefined;
	};
	const checkCondition = conditionChecker(questions, problems);
	const advises = (text: Localized, at: string) => {
		if (POWER_OFF.test(text.ja) || POWER_OFF.test(text.en)) problems.push(`${at}: advice must never say to turn a device off`);
	};

	const sets: RecoverySet[] = [];
	for (const key of Object.keys(files.sets).sort()) {
		const file = parse(RecoverySetFile, key, files.sets[key]);
		if (!file) continue;
		const at = displayPath(key);
		if (file.id !== fileId(key)) problems.push(`${at}: id: "${file.id}" must be the file's name ("${fileId(key)}")`);
		checkCondition(file.when, `${at}: when`);
		const stepIds = new Set<string>();
		file.steps.forEach((s, i) => {
			if (stepIds.has(s.id)) problems.push(`${at}: steps.${i}.id: "${s.id}" is used twice`);
			stepIds.add(s.id);
			if (s.when) checkCondition(s.when, `${at}: steps.${i}.when`);
			advises(s.text, `${at}: steps.${i}.text`);
			if (s.links?.length && s.where) problems.push(`${at}: steps.${i}.where: give a link or where to find it in the app, not both`);
			if (s.certainty === 'confirmed' && !s.sources.some((src) => 'url' in src)) {
				problems.push(`${at}: steps.${i}.certainty: "confirmed" needs a page it was read on among its sources; a seed or a FACTS.md row alone is "seed" or "quoted"`);
			}
		});
		const { $comment: _, ...set } = file;
		sets.push(set);
	}

	const [nsKey, nsRaw] = files.nextScam;
	const nextScamFile = parse(NextScamFile, nsKey, nsRaw);
	nextScamFile?.text.forEach((t, i) => advises(t, `${displayPath(nsKey)}: text.${i}`));

	const messages: MessageContent[] = [];
	for (const key of Object.keys(files.messages).sort()) {
		const file = parse(MessageFile, key, files.messages[key]);
		if (!file) continue;
		const at = displayPath(key);
		if (file.id !== fileId(key)) problems.push(`${at}: id: "${file.id}" must be the file's name ("${fileId(key)}")`);
		checkCondition(file.when, `${at}: when`);
		const declared = Object.keys(file.slots).sort();
		for (const field of ['body', 'subject'] as const) {
			const text = file[field];
			if (!text) continue;
			for (const lang of ['ja', 'en'] as const) {
				const used = [...new Set(slotsIn(text[lang]))];
				for (const name of used) if (!declared.includes(name)) problems.push(`${at}: ${field}.${lang}: {${name}} is not one of the message's slots (${declared.join(', ') || 'none'})`);
			}
		}
		for (const name of declared) {
			const inJa = [file.body, file.subject].some((t) => t && slotsIn(t.ja).includes(name));
			const inEn = [file.body, file.subject].some((t) => t && slotsIn(t.en).includes(name));
			if (!inJa || !inEn) problems.push(`${at}: slots.${name}: used in ${inJa ? 'Japanese only' : inEn ? 'English only' : 'neither language'}; each slot is used in both`);
		}
		advises(file.body, `${at}: body`);
		const { $comment: _, ...message } = file;
		messages.push(message);
	}

	if (problems.length || !nextScamFile) throw new Error(`Invalid recovery content:\n${problems.join('\n')}`);
	sets.sort((a, b) => a.order - b.order);
	const { $comment: _, ...nextScam } = nextScamFile;
	return { sets, nextScam, messages };
}
