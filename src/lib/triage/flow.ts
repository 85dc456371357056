import type { Condition, FactName, Question, TriageQuestions } from '$lib/content/triage';
import { assessPpc, FACTS, type PpcAssessment } from './ppc';

/**
 * The triage's flow as pure functions of the content and the answers: which questions apply, in
 * what order the screens come, and what a condition means. The machine, the routing and the pages
 * all read it from here.
 */
export type Answers = Record<string, string>;

/** First aid comes before everything; the result after the last question. */
export const FIRST_AID = 'firstAid';
export const RESULT = 'result';
export type Step = string;

export interface Evaluation {
	/** Only the answers to questions that apply, given the answers before them. */
	answers: Answers;
	/** The tags of those answers. */
	tags: Set<string>;
	ppc: PpcAssessment;
}

export function holds(condition: Condition, e: Evaluation): boolean {
	return Object.entries(condition).every(([key, value]) => {
		switch (key) {
			case 'all':
				return (value as Condition[]).every((c) => holds(c, e));
			case 'any':
				return (value as Condition[]).some((c) => holds(c, e));
			case 'not':
				return !holds(value as Condition, e);
			case 'tag':
				return (typeof value === 'string' ? [value] : (value as string[])).some((t) => e.tags.has(t));
			case 'fact':
				return FACTS[value as FactName](e.ppc);
			default: {
				const answer = e.answers[key];
				return answer !== undefined && (typeof value === 'string' ? answer === value : (value as string[]).includes(answer));
			}
		}
	});
}

function optionOf(q: Question, value: string | undefined) {
	return value === undefined ? undefined : q.options.find((o) => o.value === value);
}

/**
 * Walks the questions in order and keeps each answer only while its question applies. An answer
 * to a question that no longer applies (the user went back and changed an earlier one) is kept in
 * the machine but counts for nothing.
 */
export function evaluate(tree: TriageQuestions, answers: Readonly<Answers>): Evaluation & { applicable: Set<string> } {
	// The machine's guards ask about the same answers many times over; they never change in place.
	// By the questions, which the machine's tree and the full one share.
	let perTree = evaluated.get(tree.questions);
	if (!perTree) evaluated.set(tree.questions, (perTree = new WeakMap()));
	const known = perTree.get(answers);
	if (known) return known;
	const result = evaluateNow(tree, answers);
	perTree.set(answers, result);
	return result;
}

const evaluated = new WeakMap<Question[], WeakMap<Readonly<Answers>, Evaluation & { applicable: Set<string> }>>();

function evaluateNow(tree: TriageQuestions, answers: Readonly<Answers>): Evaluation & { applicable: Set<string> } {
	const e: Evaluation = { answers: {}, tags: new Set(), ppc: assessPpc({}, new Set()) };
	const applicable = new Set<string>();
	for (const q of tree.questions) {
		if (q.askWhen && !holds(q.askWhen, e)) continue;
		applicable.add(q.id);
		const option = optionOf(q, answers[q.id]);
		if (!option) continue;
		e.answers[q.id] = option.value;
		for (const tag of option.tags ?? []) e.tags.add(tag);
		e.ppc = assessPpc(e.answers, e.tags);
	}
	return { ...e, applicable };
}

export function question(tree: TriageQuestions, id: string): Question | undefined {
	return tree.questions.find((q) => q.id === id);
}

export function isQuestion(tree: TriageQuestions, step: string): boolean {
	return question(tree, step) !== undefined;
}

export function isAnswer(tree: TriageQuestions, id: string, value: unknown): value is string {
	return question(tree, id)?.options.some((o) => o.value === value) ?? false;
}

/** Every screen in order: first aid, the questions (first-stage, then refining), the result. */
export function steps(tree: TriageQuestions): Step[] {
	return [FIRST_AID, ...tree.questions.map((q) => q.id), RESULT];
}

/**
 * The screen right after a yes to safety opens with the call to 110 above its question, so a
 * person in danger sees 110 at once and the questions still go on without an extra tap.
 */
export function opensWithEmergency(tree: TriageQuestions, step: Step, answers: Readonly<Answers>): boolean {
	return answers.safety === 'yes' && step === nextStep(tree, 'safety', answers, false);
}

/** Screens that show the desks: every refining question (asked under the desks) and the result. */
export function showsDesks(tree: TriageQuestions, step: Step): boolean {
	return step === RESULT || question(tree, step)?.stage === 'refine';
}

/** Whether a screen is part of the flow, given the answers so far. */
export function applies(tree: TriageQuestions, step: Step, answers: Readonly<Answers>): boolean {
	if (!isQuestion(tree, step)) return true;
	return evaluate(tree, answers).applicable.has(step);
}

/**
 * The screen after `from`. While changing one answer from the result, questions already answered
 * are passed over, so the user returns towards the result and only sees what the change makes new.
 * A question the profile answered (`preset`, ./profile-answers.ts) is passed over while it holds
 * the profile's answer: the user sees it, and can change it, in the answers under the desks.
 */
export function nextStep(tree: TriageQuestions, from: Step, answers: Readonly<Answers>, editing: boolean, preset: Readonly<Answers> = {}): Step {
	const all = steps(tree);
	const { applicable } = evaluate(tree, answers as Answers);
	for (const step of all.slice(all.indexOf(from) + 1)) {
		if (!isQuestion(tree, step)) return step;
		if (!applicable.has(step)) continue;
		if (editing && answers[step] !== undefined) continue;
		if (answers[step] !== undefined && answers[step] === preset[step]) continue;
		return step;
	}
	return RESULT;
}

/**
 * The question a tap on `from` most likely shows next: the one most of its answers lead to (for the
 * first aid, the one it leads to), when that is a question asked before the desks. The triage page
 * builds it unseen ahead of the tap; a wrong guess only costs the tap the time it took before.
 */
export function likelyNextQuestion(tree: TriageQuestions, from: Step, answers: Readonly<Answers>, editing: boolean, preset: Readonly<Answers> = {}): Step | undefined {
	const asked = question(tree, from);
	if (asked?.stage === 'refine' || from === RESULT) return undefined;
	const nexts = asked ? asked.options.map((o) => nextStep(tree, from, { ...answers, [from]: o.value }, editing, preset)) : [nextStep(tree, from, answers, editing, preset)];
	const count = new Map<Step, number>();
	for (const next of nexts) count.set(next, (count.get(next) ?? 0) + 1);
	let best: Step | undefined;
	for (const [next, n] of count) if (best === undefined || n > count.get(best)!) best = next;
	return best !== undefined && isQuestion(tree, best) && !showsDesks(tree, best) ? best : undefined;
}

/** The questions whose answer is still the one the profile gave (shown as such, and changeable). */
export function fromProfile(answers: Readonly<Answers>, preset: Readonly<Answers> = {}): Set<string> {
	return new Set(Object.keys(preset).filter((id) => answers[id] !== undefined && answers[id] === preset[id]));
}

/** The questions that apply and have an answer, in order: what the user told us. */
export function givenAnswers(tree: TriageQuestions, answers: Readonly<Answers>): { question: Question; value: string }[] {
	const e = evaluate(tree, answers);
	return tree.questions.flatMap((q) => (e.answers[q.id] !== undefined ? [{ question: q, value: e.answers[q.id]! }] : []));
}

/** The refining questions still to answer, in order (the first is on screen under the desks). */
export function openQuestions(tree: TriageQuestions, answers: Readonly<Answers>): Question[] {
	const e = evaluate(tree, answers);
	return tree.questions.filter((q) => q.stage === 'refine' && e.applicable.has(q.id) && e.answers[q.id] === undefined);
}
