import { z } from '../zod.ts';
import { DeskKind, Localized, POWER_OFF } from './schema.ts';

/**
 * The triage as content: questions (content/triage/questions.json), routing rules
 * (content/triage/rules/*.json, applied in file-name order), what to prepare, the words of the
 * personal-data rules and the next steps. Everything is checked against everything else here, so
 * an editor's mistake fails the build and the tests with the file and the field named.
 */

/** Decisions made in code, that content may name in a condition ({ "fact": name }). */
export const FACT_NAMES = [
	'ppc-report-required',
	'ppc-report-check',
	'ppc-report-not-required',
	'ppc-undecided'
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** Questions the personal-data rules read, with the answers they expect (src/lib/triage/ppc.ts). */
export const LEGAL_QUESTIONS = {
	personalData: ['yes', 'no', 'unknown'],
	reportCase: ['sensitive', 'financial', 'over1000', 'none', 'unknown']
} as const;
/** Tags the personal-data rules read. */
export const LEGAL_TAGS = ['org', 'personal-data', 'unlawful', 'unlawful-unsure'] as const;

/**
 * A condition on the answers so far. Every key must hold:
 * - a question id: its answer is that value, or one of those values;
 * - "tag": some answer given carries that tag (or one of those tags);
 * - "fact": that decision made in code holds;
 * - "all" / "any": every / some condition in the list holds; "not": the condition does not.
 */
export type Condition = { [key: string]: string | string[] | Condition | Condition[] };
export const ConditionShape: z.ZodType<Condition> = z.lazy(() =>
	z.record(z.string(), z.union([z.string(), z.array(z.string()), ConditionShape, z.array(ConditionShape)]))
);

const Option = z.strictObject({
	value: z.string().regex(/^[a-zA-Z0-9-]+$/, { error: 'must be letters, digits and hyphens' }),
	label: Localized,
	/** Groups a long list of options under headings (the question's groups). */
	group: z.string().optional(),
	tags: z.array(z.string().min(1)).optional(),
	/** How the summary and the details describe this answer, when the label is not a sentence for them. */
	describe: Localized.optional()
});

const Question = z.strictObject({
	id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: 'must be letters and digits, e.g. moneyLost' }),
	/** first: one per screen before any desk is shown; refine: on the result screen. */
	stage: z.enum(['first', 'refine']),
	title: Localized,
	help: Localized.optional(),
	/** The label of this answer in the summary for the desks; without it the summary leaves it out. */
	summary: Localized.optional(),
	groups: z.array(z.strictObject({ id: z.string().min(1), label: Localized })).optional(),
	options: z.array(Option).min(2),
	/** Asked only when this holds; without it, always. */
	askWhen: ConditionShape.optional()
});

export const RuleSource = z.union([
	z.strictObject({ seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), section: z.string().min(1) }),
	/** The first column of a row in shared/FACTS.md. */
	z.strictObject({ facts: z.string().min(1) }),
	z.strictObject({ url: z.url({ protocol: /^https$/ }) })
]);

const Sentence = Localized.refine((t) => /[。）」]$/.test(t.ja) && /[.)]$/.test(t.en), {
	error: 'each reason is a whole sentence: Japanese ends with 。 and English with a full stop'
});

const Rule = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	when: ConditionShape,
	/** Applies only when no other rule found a desk. */
	fallback: z.boolean().optional(),
	/** A file name in content/desks/, without .json. */
	desk: z.string().min(1),
	urgency: z.enum(['now', 'days', 'convenient']),
	reason: Sentence,
	/** Ids from content/triage/prepare.json. */
	prepare: z.array(z.string()).optional(),
	/** Adds the personal-data report deadlines, counted from when the user noticed. */
	deadlines: z.literal('ppc').optional(),
	/** Puts the desk in an earlier tier of content/triage/order.json than its kind's (e.g. "legal-duty"). */
	tier: z.string().min(1).optional(),
	sources: z.array(RuleSource).min(1)
});

const RulesFile = z.strictObject({ $comment: z.string().optional(), checked: z.iso.date(), rules: z.array(Rule) });
const QuestionsFile = z.strictObject({
	$comment: z.string().optional(),
	questions: z.array(Question).min(1),
	sources: z.array(z.unknown()).min(1)
});
const PrepareFile = z.strictObject({ $comment: z.string().optional(), prepare: z.record(z.string(), Localized) });
const PpcFile = z.strictObject({
	$comment: z.string().optional(),
	conditions: z.strictObject({ sensitive: Localized, financial: Localized, unlawful: Localized, over1000: Localized }),
	sources: z.array(z.unknown()).min(1)
});
const OrderFile = z.strictObject({
	$comment: z.string().optional(),
	checked: z.iso.date(),
	tiers: z.array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), kinds: z.array(DeskKind), why: Localized })).min(1),
	/** A desk of this kind whose region is the profile's prefecture stands in for `standsFor`. */
	regional: z.array(z.strictObject({ kind: DeskKind, standsFor: z.string().min(1), why: Localized })),
	oneCard: z.array(z.strictObject({ kind: DeskKind, why: Localized }))
});
const CalmFile = z.strictObject({
	$comment: z.string().optional(),
	checked: z.iso.date(),
	outcomes: z.array(
		z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), when: ConditionShape, title: Localized, text: z.array(Localized).min(1), sources: z.array(RuleSource).min(1) })
	)
});
const NextStepsFile = z.strictObject({
	$comment: z.string().optional(),
	checked: z.iso.date(),
	steps: z.array(
		z.strictObject({ id: z.string().min(1), when: ConditionShape.optional(), text: Localized, sources: z.array(RuleSource).min(1) })
	)
});

export type Question = z.infer<typeof Question>;
export type Option = z.infer<typeof Option>;
export type Rule = z.infer<typeof Rule> & { file: string };
export type RuleSource = z.infer<typeof RuleSource>;
export type Urgency = Rule['urgency'];
export type NextStep = z.infer<typeof NextStepsFile>['steps'][number];
export type PpcCondition = keyof z.infer<typeof PpcFile>['conditions'];
export type Order = Omit<z.infer<typeof OrderFile>, '$comment' | 'checked'>;
export type Tier = Order['tiers'][number];
export type CalmOutcome = z.infer<typeof CalmFile>['outcomes'][number];

export interface TriageTree {
	questions: Question[];
	rules: Rule[];
	prepare: Record<string, Localized>;
	ppc: Record<PpcCondition, Localized>;
	nextSteps: NextStep[];
	/** The order of the desks in the result (content/triage/order.json). */
	order: Order;
	/** Paths where nothing harmful has happened (content/triage/calm.json). */
	calm: CalmOutcome[];
}

/**
 * The questions alone: what the flow and the machine need, up to the first question on screen.
 * The rest of the tree (rules, reasons, next steps, calm words…) is needed once the desks are shown.
 */
export type TriageQuestions = Pick<TriageTree, 'questions'>;

export interface TriageFiles {
	/** Keyed by path, e.g. 'content/triage/questions.json'. */
	questions: [string, unknown];
	prepare: [string, unknown];
	ppc: [string, unknown];
	nextSteps: [string, unknown];
	order: [string, unknown];
	calm: [string, unknown];
	rules: Record<string, unknown>;
}

const COMBINATORS = new Set(['all', 'any', 'not', 'tag', 'fact']);

/**
 * Checks conditions against the questions: every question id, answer, tag and fact a condition names
 * must exist. Pushes "path: problem" lines to `problems`. The recovery steps and the ready messages
 * (validate-recovery.ts) use the same check, so their `when` means what a rule's does.
 */
export function conditionChecker(questions: readonly Question[], problems: string[]) {
	const byId = new Map(questions.map((q, index) => [q.id, { index, values: new Set(q.options.map((o) => o.value)) }]));
	const allTags = new Set(questions.flatMap((q) => q.options.flatMap((o) => o.tags ?? [])));
	/** Checks a condition; `before` limits question ids to those asked earlier (askWhen). */
	const checkCondition = (c: Condition, at: string, before = questions.length): void => {
		for (const [key, value] of Object.entries(c)) {
			const path = `${at}.${key}`;
			if (key === 'all' || key === 'any') {
				if (!Array.isArray(value) || value.some((v) => typeof v !== 'object')) {
					problems.push(`${path}: must be a list of conditions`);
					continue;
				}
				(value as Condition[]).forEach((v, i) => checkCondition(v, `${path}.${i}`, before));
			} else if (key === 'not') {
				if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${path}: must be one condition`);
				else checkCondition(value as Condition, path, before);
			} else if (key === 'fact') {
				if (typeof value !== 'string' || !(FACT_NAMES as readonly string[]).includes(value)) {
					problems.push(`${path}: must be one of ${FACT_NAMES.join(', ')}`);
				}
			} else if (key === 'tag') {
				const tags = typeof value === 'string' ? [value] : value;
				if (!Array.isArray(tags) || tags.length === 0 || tags.some((t) => typeof t !== 'string')) {
					problems.push(`${path}: must be a tag or a list of tags`);
					continue;
				}
				for (const tag of tags as string[]) if (!allTags.has(tag)) problems.push(`${path}: no answer carries the tag "${tag}"`);
			} else {
				const q = byId.get(key);
				if (!q) {
					problems.push(`${path}: "${key}" is not a question id (nor ${[...COMBINATORS].join(', ')})`);
					continue;
				}
				if (q.index >= before) problems.push(`${path}: "${key}" is asked later, so it cannot decide whether this question is asked`);
				const wanted = typeof value === 'string' ? [value] : value;
				if (!Array.isArray(wanted) || wanted.length === 0 || wanted.some((v) => typeof v !== 'string')) {
					problems.push(`${path}: must be an answer or a list of answers`);
					continue;
				}
				for (const v of wanted as string[]) if (!q.values.has(v)) problems.push(`${path}: "${v}" is not an answer of ${key} (${[...q.values].join(', ')})`);
			}
		}
	};
	return checkCondition;
}

const displayPath = (key: string) => key.replace(/^\/+/, '');

/** Validates the triage files against each other and the desks; throws one error naming every problem. */
export function validateTriage(files: TriageFiles, desks: readonly string[]): TriageTree {
	const problems: string[] = [];
	const parse = <T>(schema: z.ZodType<T>, [key, raw]: [string, unknown]): T | undefined => {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			problems.push(`${displayPath(key)}: ${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
		}
		return undefined;
	};

	const questionsFile = parse(QuestionsFile, files.questions);
	const prepareFile = parse(PrepareFile, files.prepare);
	const ppcFile = parse(PpcFile, files.ppc);
	const nextStepsFile = parse(NextStepsFile, files.nextSteps);
	const orderFile = parse(OrderFile, files.order);
	const calmFile = parse(CalmFile, files.calm);
	const rules: Rule[] = [];
	for (const key of Object.keys(files.rules).sort()) {
		const file = parse(RulesFile, [key, files.rules[key]]);
		if (file) rules.push(...file.rules.map((r) => ({ ...r, file: displayPath(key) })));
	}
	if (!questionsFile || !prepareFile || !ppcFile || !nextStepsFile || !orderFile || !calmFile) {
		throw new Error(`Invalid triage content:\n${problems.join('\n')}`);
	}

	const qFile = displayPath(files.questions[0]);
	const questions = questionsFile.questions;
	const byId = new Map<string, { index: number; values: Set<string> }>();
	const allTags = new Set<string>();
	questions.forEach((q, index) => {
		const at = `${qFile}: questions.${index}`;
		if (byId.has(q.id)) problems.push(`${at}.id: "${q.id}" is used twice`);
		const values = new Set<string>();
		q.options.forEach((o, i) => {
			if (values.has(o.value)) problems.push(`${at}.options.${i}.value: "${o.value}" is used twice in ${q.id}`);
			values.add(o.value);
			for (const tag of o.tags ?? []) allTags.add(tag);
			const groups = q.groups?.map((g) => g.id) ?? [];
			if (o.group !== undefined && !groups.includes(o.group)) {
				problems.push(`${at}.options.${i}.group: "${o.group}" is not one of the question's groups (${groups.join(', ') || 'none'})`);
			}
			if (q.groups && o.group === undefined) problems.push(`${at}.options.${i}.group: every option of a grouped question needs a group`);
		});
		byId.set(q.id, { index, values });
		const previous = questions[index - 1];
		if (previous && previous.stage === 'refine' && q.stage === 'first') {
			problems.push(`${at}.stage: questions asked before the desks ("first") come before those that refine them`);
		}
	});
	const safety = byId.get('safety');
	if (!safety || questions[0]?.id !== 'safety' || !safety.values.has('yes') || questions[0]?.stage !== 'first') {
		problems.push(`${qFile}: questions.0: the first question must be "safety" (stage "first", with an answer "yes"): the 110 screen follows its yes`);
	}
	if (questions[0]?.askWhen) problems.push(`${qFile}: questions.0.askWhen: the safety question is always asked`);
	for (const [id, values] of Object.entries(LEGAL_QUESTIONS)) {
		const q = byId.get(id);
		if (!q || values.some((v) => !q.values.has(v))) {
			problems.push(`${qFile}: questions: the personal-data rules need a question "${id}" with the answers ${values.join(', ')}`);
		}
	}

	const checkCondition = conditionChecker(questions, problems);
	questions.forEach((q, index) => {
		if (q.askWhen) checkCondition(q.askWhen, `${qFile}: questions.${index}.askWhen`, index);
	});

	const ruleIds = new Map<string, string>();
	const deskSet = new Set(desks);
	const perFile = new Map<string, number>();
	for (const rule of rules) {
		const i = perFile.get(rule.file) ?? 0;
		perFile.set(rule.file, i + 1);
		const at = `${rule.file}: rules.${i}`;
		const other = ruleIds.get(rule.id);
		if (other) problems.push(`${at}.id: "${rule.id}" is already used in ${other}`);
		ruleIds.set(rule.id, rule.file);
		if (!deskSet.has(rule.desk)) problems.push(`${at}.desk: no desk "${rule.desk}" (content/desks/${rule.desk}.json)`);
		for (const [j, p] of (rule.prepare ?? []).entries()) {
			if (!Object.hasOwn(prepareFile.prepare, p)) problems.push(`${at}.prepare.${j}: "${p}" is not in content/triage/prepare.json`);
		}
		checkCondition(rule.when, `${at}.when`);
		for (const lang of ['ja', 'en'] as const) {
			for (const [, name] of rule.reason[lang].matchAll(/\{(\w+)\}/g)) {
				if (name !== 'conditions' || rule.deadlines !== 'ppc') {
					problems.push(`${at}.reason.${lang}: {${name}} can only be used as {conditions} in a rule with "deadlines": "ppc"`);
				}
			}
		}
	}
	const orderAt = displayPath(files.order[0]);
	const tierIds = orderFile.tiers.map((t) => t.id);
	for (const kind of DeskKind.options) {
		const n = orderFile.tiers.filter((t) => t.kinds.includes(kind)).length;
		if (n !== 1) problems.push(`${orderAt}: tiers: the kind "${kind}" must be in exactly one tier (it is in ${n})`);
	}
	const perFileTier = new Map<string, number>();
	for (const rule of rules) {
		const i = perFileTier.get(rule.file) ?? 0;
		perFileTier.set(rule.file, i + 1);
		if (rule.tier !== undefined && !tierIds.includes(rule.tier)) {
			problems.push(`${rule.file}: rules.${i}.tier: "${rule.tier}" is not a tier of ${orderAt} (${tierIds.join(', ')})`);
		}
	}
	orderFile.regional.forEach((r, i) => {
		if (!deskSet.has(r.standsFor)) problems.push(`${orderAt}: regional.${i}.standsFor: no desk "${r.standsFor}"`);
	});
	const calmAt = displayPath(files.calm[0]);
	calmFile.outcomes.forEach((o, i) => checkCondition(o.when, `${calmAt}: outcomes.${i}.when`));
	const advises = (text: Localized, at: string) => {
		if (POWER_OFF.test(text.ja) || POWER_OFF.test(text.en)) problems.push(`${at}: advice must never say to turn a device off`);
	};
	const perFileAgain = new Map<string, number>();
	for (const rule of rules) {
		const i = perFileAgain.get(rule.file) ?? 0;
		perFileAgain.set(rule.file, i + 1);
		advises(rule.reason, `${rule.file}: rules.${i}.reason`);
	}
	for (const [id, text] of Object.entries(prepareFile.prepare)) advises(text, `${displayPath(files.prepare[0])}: prepare.${id}`);
	nextStepsFile.steps.forEach((s, i) => advises(s.text, `${displayPath(files.nextSteps[0])}: steps.${i}.text`));
	const stepsFile = displayPath(files.nextSteps[0]);
	nextStepsFile.steps.forEach((s, i) => s.when && checkCondition(s.when, `${stepsFile}: steps.${i}.when`));
	for (const tag of LEGAL_TAGS) {
		if (!allTags.has(tag)) problems.push(`${qFile}: questions: the personal-data rules need some answer to carry the tag "${tag}"`);
	}

	if (problems.length) throw new Error(`Invalid triage content:\n${problems.join('\n')}`);
	calmFile.outcomes.forEach((o, i) => o.text.forEach((t, j) => advises(t, `${calmAt}: outcomes.${i}.text.${j}`)));
	return {
		questions,
		rules,
		prepare: prepareFile.prepare,
		ppc: ppcFile.conditions,
		nextSteps: nextStepsFile.steps,
		order: { tiers: orderFile.tiers, regional: orderFile.regional, oneCard: orderFile.oneCard },
		calm: calmFile.outcomes
	};
}
