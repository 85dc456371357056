import { describe, expect, test } from 'vitest';
import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { DESK_IDS } from '$lib/content/desk-ids';
import {
	QUESTIONS,
	STEPS,
	isQuestion,
	triageMachine,
	type Step,
	type TriageEvent
} from '$lib/triage/machine';
import { route } from '$lib/triage/routing';

type Snap = SnapshotFrom<typeof triageMachine>;
const NOW = new Date('2026-03-10T01:00:00Z');

/** Every forward event the screen offers in a state: each answer, or CONTINUE. */
function forwardEvents(snapshot: Snap): TriageEvent[] {
	const step = snapshot.value as Step;
	if (step === 'result') return [];
	if (isQuestion(step)) return QUESTIONS[step].map((value) => ({ type: 'ANSWER', value }));
	return [{ type: 'CONTINUE' }];
}

/**
 * The step plus the answers that decide which steps come later (what `applies` reads). Two
 * answers with the same signature lead through the same screens, so one stands for both.
 */
function flowSignature(snapshot: Snap): string {
	const a = snapshot.context.answers;
	const cls = (v: string | undefined) => (v === undefined ? '-' : v === 'no' ? 'no' : 'yes');
	return [snapshot.value, a.safety, a.who, a.what, cls(a.emailOpened), cls(a.emailClicked), cls(a.personalData)].join(' ');
}

/** One answer per distinct future, so simple paths are exactly the distinct routes through the screens. */
function distinctForwardEvents(snapshot: Snap): TriageEvent[] {
	const seen = new Set<string>();
	return forwardEvents(snapshot).filter((event) => {
		const next = flowSignature(getNextSnapshot(triageMachine, snapshot, event));
		if (seen.has(next)) return false;
		seen.add(next);
		return true;
	});
}

function run(events: TriageEvent[]) {
	const actor = createActor(triageMachine).start();
	for (const event of events) actor.send(event);
	return actor.getSnapshot();
}
const answer = (value: string): TriageEvent => ({ type: 'ANSWER', value });
const CONTINUE: TriageEvent = { type: 'CONTINUE' };

describe('path enumeration (xstate/graph)', () => {
	const routes = getSimplePaths(triageMachine, {
		events: distinctForwardEvents,
		serializeState: flowSignature,
		toState: (s) => s.value === 'result'
	}).filter((p) => p.state.value === 'result');

	test('every distinct route starts with first aid and ends at a result with at least one known desk', () => {
		const covered = new Set(routes.map((p) => `${p.state.context.answers.who} ${p.state.context.answers.what}`));
		expect(covered.size).toBe(QUESTIONS.who.length * QUESTIONS.what.length);
		for (const path of routes) {
			expect(path.steps[0]?.state.value).toBe('firstAid');
			expect(path.steps[0]?.event).toEqual({ type: 'xstate.init' });
			expect(path.steps[1]?.event).toEqual(CONTINUE);
			const desks = route({ answers: path.state.context.answers, now: NOW });
			expect(desks.length).toBeGreaterThan(0);
			for (const d of desks) expect(DESK_IDS).toContain(d.deskId);
		}
	});

	test('shortest paths reach every step, and every (who, what) pair reaches a result', () => {
		const paths = getShortestPaths(triageMachine, {
			events: (s) => forwardEvents(s),
			serializeState: (s) => `${String(s.value)} ${s.context.answers.who} ${s.context.answers.what}`
		});
		const reached = new Set(paths.map((p) => String(p.state.value)));
		expect([...reached].sort()).toEqual([...STEPS].sort());
		const results = paths.filter((p) => p.state.value === 'result');
		expect(results).toHaveLength(QUESTIONS.who.length * QUESTIONS.what.length);
		for (const path of results) {
			expect(path.steps[0]?.state.value).toBe('firstAid');
			expect(route({ answers: path.state.context.answers, now: NOW }).length).toBeGreaterThan(0);
		}
	});

	test('taps on the longest and the median route', () => {
		// A tap is one event the user sends; the machine's own start is not a tap.
		const taps = routes.map((p) => p.steps.length - 1).sort((a, b) => a - b);
		const longest = taps.at(-1)!;
		const mid = Math.floor(taps.length / 2);
		const median = taps.length % 2 ? taps[mid]! : (taps[mid - 1]! + taps[mid]!) / 2;
		console.log(`triage routes: ${taps.length}; taps on the longest route: ${longest}; median: ${median}; shortest: ${taps[0]}`);
		// firstAid, safety, emergency, who, 4 organisation questions, what, 3 email questions,
		// 4 personal-data questions, money, ongoing, police report, details = 20 taps at most.
		expect(longest).toBe(20);
		// firstAid, safety, who, what (spam: nothing follows), details.
		expect(taps[0]).toBe(5);
	});
});

describe('BACK and changing answers', () => {
	test('BACK returns to the previous question and keeps the answer given there', () => {
		const s = run([CONTINUE, answer('no'), answer('organisation'), answer('no'), { type: 'BACK' }]);
		expect(s.value).toBe('orgItStaff');
		expect(s.context.answers).toMatchObject({ safety: 'no', who: 'organisation', orgItStaff: 'no' });
		const back2 = run([CONTINUE, answer('no'), answer('organisation'), { type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' }]);
		expect(back2.value).toBe('firstAid');
		expect(back2.context.history).toEqual([]);
	});

	test('BACK on the first screen does nothing, and an answer that is not an option is refused', () => {
		expect(run([{ type: 'BACK' }]).value).toBe('firstAid');
		const s = run([CONTINUE, answer('maybe')]);
		expect(s.value).toBe('safety');
		expect(s.context.answers.safety).toBeUndefined();
	});

	test('a life threat shows the 110 screen before the questions go on', () => {
		expect(run([CONTINUE, answer('yes')]).value).toBe('emergency');
		expect(run([CONTINUE, answer('yes'), CONTINUE]).value).toBe('who');
		expect(run([CONTINUE, answer('no')]).value).toBe('who');
	});

	test('changing who from individual to organisation asks only the new questions, keeps the rest, and returns to the result', () => {
		const done = run([
			CONTINUE,
			answer('no'),
			answer('individual'),
			answer('spam'),
			CONTINUE
		]);
		expect(done.value).toBe('result');
		const editing = createActor(triageMachine, { snapshot: done }).start();
		editing.send({ type: 'EDIT', step: 'who' });
		expect(editing.getSnapshot().value).toBe('who');
		editing.send(answer('organisation'));
		for (const [step, value] of [
			['orgItStaff', 'no'],
			['orgSupport', 'none'],
			['orgSize', 'upTo20'],
			['orgMedical', 'no']
		] as const) {
			expect(editing.getSnapshot().value).toBe(step);
			editing.send(answer(value));
		}
		const back = editing.getSnapshot();
		expect(back.value).toBe('result');
		expect(back.context.editing).toBe(false);
		expect(back.context.answers).toMatchObject({ what: 'spam', who: 'organisation', orgSize: 'upTo20' });
	});

	test('an answer that no longer applies is kept but not used by routing', () => {
		const leak = run([CONTINUE, answer('no'), answer('organisation'), answer('yes'), answer('none'), answer('over300'), answer('no'), answer('data-leak'), answer('attack'), answer('yes'), answer('no'), answer('no')]);
		expect(leak.value).toBe('ongoing');
		const actor = createActor(triageMachine, { snapshot: leak }).start();
		for (let i = 0; i < 5; i++) actor.send({ type: 'BACK' });
		expect(actor.getSnapshot().value).toBe('what');
		actor.send(answer('spam'));
		expect(actor.getSnapshot().value).toBe('details');
		expect(actor.getSnapshot().context.answers.sensitiveData).toBe('yes');
		actor.send(CONTINUE);
		const desks = route({ answers: actor.getSnapshot().context.answers, now: NOW }).map((d) => d.deskId);
		expect(desks).toEqual(['spam-mail-center']);
	});

	test('RESTART clears every answer and starts at first aid', () => {
		const s = run([CONTINUE, answer('no'), answer('individual'), { type: 'RESTART' }]);
		expect(s.value).toBe('firstAid');
		expect(s.context).toEqual({ answers: {}, history: [], editing: false });
	});

	test('a persisted snapshot restores at the same step with every answer', () => {
		const actor = createActor(triageMachine).start();
		for (const e of [CONTINUE, answer('no'), answer('individual'), answer('phishing')]) actor.send(e);
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const restored = createActor(triageMachine, { snapshot: saved }).start();
		expect(restored.getSnapshot().value).toBe('passwordEntered');
		expect(restored.getSnapshot().context.answers).toEqual({ safety: 'no', who: 'individual', what: 'phishing' });
		restored.send({ type: 'BACK' });
		expect(restored.getSnapshot().value).toBe('what');
	});
});
