import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { triageTree as tree } from '$lib/content/triage';
import { FIRST_AID, isQuestion, likelyNextQuestion, question, showsDesks, type Step } from '$lib/triage/flow';
import { triageMachine, type TriageEvent } from '$lib/triage/machine';

/** Where the machine goes from the state `events` lead to, when `event` is sent. */
function after(events: TriageEvent[], event: TriageEvent): { from: Step; answers: Record<string, string>; to: Step } {
	const actor = createActor(triageMachine(), { input: {} }).start();
	for (const e of events) actor.send(e);
	const before = actor.getSnapshot();
	actor.send(event);
	return { from: String(before.value), answers: before.context.answers, to: String(actor.getSnapshot().value) };
}

// The first questions as a person taps them, each answered with its first option: the steps before the desks.
function stepsBeforeDesks(): TriageEvent[][] {
	const paths: TriageEvent[][] = [[]];
	const events: TriageEvent[] = [{ type: 'CONTINUE' }];
	for (;;) {
		const actor = createActor(triageMachine(), { input: {} }).start();
		for (const e of events) actor.send(e);
		const step = String(actor.getSnapshot().value);
		if (!isQuestion(tree, step) || showsDesks(tree, step)) return paths;
		paths.push([...events]);
		events.push({ type: 'ANSWER', value: question(tree, step)!.options[0]!.value });
	}
}

describe('likelyNextQuestion: the question the triage page builds ahead of a tap', () => {
	test('from the first aid, it is the question the machine shows after 「質問に進む」', () => {
		const { from, answers, to } = after([], { type: 'CONTINUE' });
		expect(from).toBe(FIRST_AID);
		expect(isQuestion(tree, to)).toBe(true);
		expect(likelyNextQuestion(tree, FIRST_AID, answers, false)).toBe(to);
	});

	test('from each question before the desks, it is where most of its answers take the machine, and only ever a question before the desks', () => {
		const paths = stepsBeforeDesks();
		expect(paths.length).toBeGreaterThan(2);
		for (const path of paths.slice(1)) {
			const actor = createActor(triageMachine(), { input: {} }).start();
			for (const e of path) actor.send(e);
			const step = String(actor.getSnapshot().value);
			const answers = actor.getSnapshot().context.answers;
			const targets = question(tree, step)!.options.map((o) => after(path, { type: 'ANSWER', value: o.value }).to);
			const counts = new Map<Step, number>();
			for (const t of targets) counts.set(t, (counts.get(t) ?? 0) + 1);
			const most = Math.max(...counts.values());
			const guess = likelyNextQuestion(tree, step, answers, false);
			if (guess === undefined) {
				// No guess only where the likeliest screen is not a question before the desks.
				const likeliest = [...counts].filter(([, n]) => n === most).map(([t]) => t);
				expect(likeliest.some((t) => isQuestion(tree, t) && !showsDesks(tree, t)), `${step}: ${likeliest}`).toBe(false);
			} else {
				expect(counts.get(guess), `${step} → ${guess}`).toBe(most);
				expect(showsDesks(tree, guess)).toBe(false);
			}
		}
	});

	test('under the desks nothing is built ahead: the follow-ups are part of the desks screen', () => {
		const refine = tree.questions.find((q) => q.stage === 'refine')!;
		expect(likelyNextQuestion(tree, refine.id, {}, false)).toBeUndefined();
		expect(likelyNextQuestion(tree, 'result', {}, false)).toBeUndefined();
	});
});
