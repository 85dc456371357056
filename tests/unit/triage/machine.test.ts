import { beforeAll, describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { deskIds } from '$lib/content/desk-ids';
import { triageTree } from '$lib/content/triage';
import { evaluate, isQuestion, opensWithEmergency, question, showsDesks, steps, type Step } from '$lib/triage/flow';
import { triageMachine, type TriageMachine, type TriageEvent } from '$lib/triage/machine';
import { route } from '$lib/triage/routing';
import { fromProfile } from '$lib/triage/flow';
import { presetAnswers } from '$lib/triage/profile-answers';
import { calmOutcome } from '$lib/triage/routing';
import { sharedKindInFirstThree } from '../../fixtures/routing';
import { distinctForwardEvents, flowSignature, forwardEvents } from '../../fixtures/triage-routes';
import { OTASUKETAI, profileWith } from '../../fixtures/profiles';

const NOW = new Date('2026-03-10T01:00:00Z');
const tree = triageTree;

function run(events: TriageEvent[], preset?: Record<string, string>) {
	const actor = createActor(triageMachine(), { input: { preset } }).start();
	for (const event of events) actor.send(event);
	return actor.getSnapshot();
}
const answer = (value: string): TriageEvent => ({ type: 'ANSWER', value });
const CONTINUE: TriageEvent = { type: 'CONTINUE' };

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

test('builds the machine once, on first use, and hands out the same one after', () => {
	expect(triageMachine()).toBe(triageMachine());
});

describe('every route through the content (xstate/graph)', () => {
	let routes: ReturnType<typeof getSimplePaths<TriageMachine>> = [];
	beforeAll(() => {
		routes = getSimplePaths(triageMachine(), {
			events: distinctForwardEvents,
			serializeState: flowSignature,
			toState: (s) => s.value === 'result'
		}).filter((p) => p.state.value === 'result');
	}, 600_000);

	/** Taps are events the user sends, from the first-aid screen on: its continue button is tap 1. */
	const tapsToDesks = (p: (typeof routes)[number]) => p.steps.findIndex((s) => showsDesks(tree, s.state.value as Step));
	const tapsToFinal = (p: (typeof routes)[number]) => p.steps.length - 1;

	test('every route starts with first aid and ends at a result with at least one known desk; every (who, what) pair shows desks', () => {
		for (const who of question(tree, 'who')!.options) {
			for (const what of question(tree, 'what')!.options) {
				const s = run([CONTINUE, answer('no'), answer(who.value), answer(what.value)]);
				expect(showsDesks(tree, s.value as Step), `${who.value} ${what.value}`).toBe(true);
				expect(route({ answers: s.context.answers, now: NOW }).length, `${who.value} ${what.value}`).toBeGreaterThan(0);
			}
		}
		for (const path of routes) {
			expect(path.steps[0]?.state.value).toBe('firstAid');
			expect(path.steps[0]?.event).toEqual({ type: 'xstate.init' });
			expect(path.steps[1]?.event).toEqual(CONTINUE);
			const desks = route({ answers: path.state.context.answers, now: NOW });
			expect(desks.length).toBeGreaterThan(0);
			for (const d of desks) expect(deskIds).toContain(d.deskId);
		}
	});

	test('the first desk is on screen within a few taps, and the final list soon after', () => {
		const first = routes.map(tapsToDesks);
		const final = routes.map(tapsToFinal);
		const stats = {
			routes: routes.length,
			firstDesk: { median: median(first), longest: Math.max(...first), shortest: Math.min(...first) },
			finalList: { median: median(final), longest: Math.max(...final), shortest: Math.min(...final) }
		};
		console.log(`triage taps: ${JSON.stringify(stats)}`);
		// The targets of issue 8: first desk median ≤ 4 and longest ≤ 6; final list median ≤ 8.
		expect(stats.firstDesk.median).toBeLessThanOrEqual(4);
		expect(stats.firstDesk.longest).toBeLessThanOrEqual(6);
		expect(stats.finalList.median).toBeLessThanOrEqual(8);
		// First aid, safety, who, what: the desks show with the fourth tap, whatever follows.
		expect(stats.firstDesk.shortest).toBe(4);
		expect(stats.firstDesk.longest).toBe(4);
	});

	test('a follow-up is asked only where its answer can change the desks, their order, urgency or a deadline', { timeout: 120_000 }, () => {
		const outcome = (answers: Record<string, string>) =>
			JSON.stringify(
				route({ answers, discoveredAt: NOW.toISOString(), now: NOW }).map((r) => [r.deskId, r.urgency, r.reportRequired, r.deadlines, r.choices.map((c) => c.deskId)])
			);
		const checked = new Set<string>();
		const seen = new Set<string>();
		for (const path of routes) {
			for (const { state } of path.steps) {
				const step = state.value as Step;
				const q = question(tree, step);
				if (!q || q.stage !== 'refine') continue;
				const key = `${step} ${JSON.stringify(state.context.answers)}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const results = new Set(q.options.map((o) => outcome({ ...state.context.answers, [step]: o.value })));
				expect(results.size, `${step} after ${JSON.stringify(state.context.answers)}`).toBeGreaterThan(1);
				checked.add(step);
			}
		}
		expect([...checked].sort()).toEqual(tree.questions.filter((q) => q.stage === 'refine').map((q) => q.id).sort());
	});

	test('an individual never reaches the desks for organisations, and 「わからない」 about personal data never makes a report definite', () => {
		for (const path of routes) {
			const answers = path.state.context.answers;
			const desks = route({ answers, now: NOW });
			if (answers.who === 'individual') {
				for (const id of ['ipa-organisation', 'ipa-jcrat', 'ppc-leak-report', 'otasuketai', 'mhlw-medical']) {
					expect(desks.map((d) => d.deskId), `${answers.what}`).not.toContain(id);
				}
			}
			const ppc = desks.find((d) => d.reportRequired !== undefined);
			if (ppc?.reportRequired) expect(answers.personalData, JSON.stringify(answers)).not.toBe('unknown');
		}
	});

	test('the order (issue 21): 110, then a desk that can stop money, then a report the law requires, always in the first three', () => {
		let legal = 0;
		for (const path of routes) {
			const answers = path.state.context.answers;
			const desks = route({ answers, now: NOW });
			const ids = desks.map((d) => d.deskId);
			const duty = desks.findIndex((d) => d.rules.some((r) => tree.rules.find((x) => x.id === r.id)?.tier === 'legal-duty'));
			if (duty === -1) continue;
			legal++;
			expect(duty, ids.join(', ')).toBeLessThan(3);
			// Only 110 and a stop-the-money desk come before it.
			for (const d of desks.slice(0, duty)) expect(['emergency', 'stop-money'], ids.join(', ')).toContain(d.kind);
			expect(desks[duty]!.tier).toBe('legal-duty');
		}
		expect(legal).toBeGreaterThan(10);
	});

	test('no two desks of one kind share the first three while a desk of another kind waits below; the police are one card', () => {
		for (const path of routes) {
			const desks = route({ answers: path.state.context.answers, now: NOW });
			expect(sharedKindInFirstThree(desks), desks.map((d) => `${d.deskId}:${d.kind}`).join(', ')).toBeUndefined();
			expect(desks.filter((d) => d.kind === 'police').length).toBeLessThanOrEqual(1);
			const life = desks.findIndex((d) => d.deskId === 'police-110');
			if (life !== -1) expect(life).toBe(0);
		}
	});

	test('a calm outcome marks no desk 今すぐ, and shows on every route it names', () => {
		const seen = new Set<string>();
		for (const path of routes) {
			const answers = path.state.context.answers;
			const calm = calmOutcome(answers);
			if (!calm) continue;
			seen.add(calm.id);
			for (const d of route({ answers, now: NOW })) {
				expect(d.urgency, `${calm.id}: ${d.deskId}`).not.toBe('now');
				for (const c of d.choices) expect(c.urgency).not.toBe('now');
			}
		}
		expect([...seen].sort()).toEqual(tree.calm.map((c) => c.id).sort());
	});

	test('「わからない」 never yields a sentence that states a leak or a duty as fact', () => {
		// Sentences that say a leak happened, or that a report is required, as a fact.
		const FACT = /漏えいしたおそれがあり[、ま]|漏えいしました|報告が必要な場合（[^）]*）に当たります|報告と本人への通知が必要です|開いたため|may have leaked, and|The law requires|was opened, so/;
		let checked = 0;
		for (const path of routes) {
			const answers = path.state.context.answers;
			const unsure = ['personalData', 'reportCase', 'emailClicked', 'leakCause'].filter((q) => answers[q] === 'unknown');
			if (unsure.length === 0) continue;
			// A definite answer elsewhere may make it a fact (a data leak chosen as what happened, an attack as its cause).
			const e = evaluate(tree, answers);
			for (const d of route({ answers, now: NOW })) {
				for (const r of d.reasons) {
					const personalUnsure = e.ppc.personal !== 'yes' || answers.reportCase === 'unknown';
					if (unsure.includes('emailClicked')) expect(r.ja + r.en, JSON.stringify(answers)).not.toMatch(/開いたため|was opened, so/);
					if (personalUnsure && d.reportRequired === undefined) continue;
					if (personalUnsure) expect(r.ja + r.en, JSON.stringify(answers)).not.toMatch(FACT);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	test('shortest paths reach every screen', () => {
		const paths = getShortestPaths(triageMachine(), {
			events: (s) => forwardEvents(s),
			serializeState: flowSignature
		});
		const reached = new Set(paths.map((p) => String(p.state.value)));
		expect([...reached].sort()).toEqual([...steps(tree)].sort());
	});
});

describe('BACK and changing answers', () => {
	test('BACK returns to the previous question and keeps the answer given there', () => {
		const s = run([CONTINUE, answer('no'), answer('organisation'), answer('malware'), { type: 'BACK' }]);
		expect(s.value).toBe('what');
		expect(s.context.answers).toMatchObject({ safety: 'no', who: 'organisation', what: 'malware' });
		const back = run([CONTINUE, answer('no'), answer('organisation'), { type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' }]);
		expect(back.value).toBe('firstAid');
		expect(back.context.history).toEqual([]);
	});

	test('BACK on the first screen does nothing, and an answer that is not an option is refused', () => {
		expect(run([{ type: 'BACK' }]).value).toBe('firstAid');
		const s = run([CONTINUE, answer('maybe')]);
		expect(s.value).toBe('safety');
		expect(s.context.answers.safety).toBeUndefined();
	});

	test('a life threat opens the next screen with the call to 110, and the questions go on', () => {
		const yes = run([CONTINUE, answer('yes')]);
		expect(yes.value).toBe('who');
		expect(opensWithEmergency(tree, 'who', yes.context.answers)).toBe(true);
		const no = run([CONTINUE, answer('no')]);
		expect(no.value).toBe('who');
		expect(opensWithEmergency(tree, 'who', no.context.answers)).toBe(false);
		const later = run([CONTINUE, answer('yes'), answer('individual')]);
		expect(opensWithEmergency(tree, later.value as Step, later.context.answers)).toBe(false);
	});

	test('the desks come right after what happened; the follow-ups are asked on the screen that shows them', () => {
		const s = run([CONTINUE, answer('no'), answer('organisation'), answer('ransomware')]);
		expect(showsDesks(tree, s.value as Step)).toBe(true);
		expect(s.value).toBe('orgSupport');
		expect(route({ answers: s.context.answers, now: NOW }).length).toBeGreaterThan(0);
		const done = run([CONTINUE, answer('no'), answer('individual'), answer('spam')]);
		expect(done.value).toBe('result');
	});

	test('changing who from individual to organisation asks only the new questions, keeps the rest, and returns to the result', () => {
		const done = run([CONTINUE, answer('no'), answer('individual'), answer('malware')]);
		expect(done.value).toBe('result');
		const editing = createActor(triageMachine(), { snapshot: done }).start();
		editing.send({ type: 'EDIT', step: 'who' });
		expect(editing.getSnapshot().value).toBe('who');
		editing.send(answer('organisation'));
		for (const [step, value] of [
			['orgSupport', 'no'],
			['personalData', 'no']
		] as const) {
			expect(editing.getSnapshot().value).toBe(step);
			editing.send(answer(value));
		}
		const back = editing.getSnapshot();
		expect(back.value).toBe('result');
		expect(back.context.editing).toBe(false);
		expect(back.context.answers).toMatchObject({ what: 'malware', who: 'organisation', orgSupport: 'no' });
	});

	test('a follow-up can be changed from the screen that shows the desks, and the flow goes on from there', () => {
		const s = run([CONTINUE, answer('no'), answer('individual'), answer('phishing'), answer('yes')]);
		expect(s.value).toBe('moneyLost');
		const actor = createActor(triageMachine(), { snapshot: s }).start();
		actor.send({ type: 'EDIT', step: 'passwordEntered' });
		expect(actor.getSnapshot().value).toBe('passwordEntered');
		actor.send(answer('no'));
		// No password given: the money question no longer applies, so the list is final.
		expect(actor.getSnapshot().value).toBe('result');
		// EDIT names only a question already answered.
		actor.send({ type: 'EDIT', step: 'moneyLost' });
		expect(actor.getSnapshot().value).toBe('result');
	});

	test('an answer that no longer applies is kept but not used by routing', () => {
		const leak = run([CONTINUE, answer('no'), answer('organisation'), answer('data-leak'), answer('mistake'), answer('sensitive')]);
		expect(leak.context.answers.reportCase).toBe('sensitive');
		const actor = createActor(triageMachine(), { snapshot: leak }).start();
		actor.send({ type: 'EDIT', step: 'what' });
		actor.send(answer('spam'));
		expect(actor.getSnapshot().value).toBe('result');
		expect(actor.getSnapshot().context.answers.reportCase).toBe('sensitive');
		expect(route({ answers: actor.getSnapshot().context.answers, now: NOW }).map((d) => d.deskId)).toEqual(['spam-mail-center']);
	});

	test('RESTART clears every answer and starts at first aid', () => {
		const s = run([CONTINUE, answer('no'), answer('individual'), { type: 'RESTART' }]);
		expect(s.value).toBe('firstAid');
		expect(s.context).toEqual({ answers: {}, history: [], editing: false });
	});

	test('a persisted snapshot restores at the same step with every answer', () => {
		const actor = createActor(triageMachine()).start();
		for (const e of [CONTINUE, answer('no'), answer('individual'), answer('phishing')]) actor.send(e);
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const restored = createActor(triageMachine(), { snapshot: saved }).start();
		expect(restored.getSnapshot().value).toBe('passwordEntered');
		expect(restored.getSnapshot().context.answers).toEqual({ safety: 'no', who: 'individual', what: 'phishing' });
		restored.send({ type: 'BACK' });
		expect(restored.getSnapshot().value).toBe('what');
	});

	test('every screen of the flow is a question of the content, first aid or the result', () => {
		for (const step of steps(tree)) {
			expect(isQuestion(tree, step) || ['firstAid', 'result'].includes(step)).toBe(true);
		}
	});
});

describe('with a profile: ask only what the profile does not know', () => {
	const profile = profileWith('organisation', { otasuketai: OTASUKETAI });
	const preset = presetAnswers(profile);
	const malwareAtWork = [CONTINUE, answer('no'), answer('organisation'), answer('malware')];

	test('an お助け隊 contract in the profile: the support-contract question is not asked, its answer is preset, and the contract comes first', () => {
		const without = run(malwareAtWork);
		expect(without.value).toBe('orgSupport');
		const s = run(malwareAtWork, preset);
		expect(s.value).toBe('personalData');
		expect(s.context.history).not.toContain('orgSupport');
		expect(s.context.answers.orgSupport).toBe('yes');
		expect([...fromProfile(s.context.answers, s.context.preset)]).toEqual(['orgSupport']);
		const desks = route({ answers: s.context.answers, now: NOW, profile });
		expect(desks[0]?.deskId).toBe('own-otasuketai');
		expect(desks[0]?.reasons[0]?.ja).toContain('平時の備えに登録した');
		// BACK from the next question goes to the last question actually asked.
		const actor = createActor(triageMachine(), { snapshot: s }).start();
		actor.send({ type: 'BACK' });
		expect(actor.getSnapshot().value).toBe('what');
	});

	test('the preset answer can be changed from the desks like any answer, and then it is the user’s', () => {
		const s = run([...malwareAtWork, answer('no')], preset);
		expect(s.value).toBe('result');
		const actor = createActor(triageMachine(), { snapshot: s }).start();
		actor.send({ type: 'EDIT', step: 'orgSupport' });
		expect(actor.getSnapshot().value).toBe('orgSupport');
		actor.send(answer('no'));
		const after = actor.getSnapshot();
		expect(after.value).toBe('result');
		expect(after.context.answers.orgSupport).toBe('no');
		expect(fromProfile(after.context.answers, after.context.preset).size).toBe(0);
		const desks = route({ answers: after.context.answers, now: NOW, profile });
		expect(desks.map((d) => d.deskId)).not.toContain('own-otasuketai');
	});

	test('a person, or a situation that is not technical, never meets the question: the preset changes nothing there', () => {
		for (const events of [
			[CONTINUE, answer('no'), answer('individual'), answer('malware')],
			[CONTINUE, answer('no'), answer('organisation'), answer('spam')]
		]) {
			const a = run(events);
			const b = run(events, preset);
			expect(b.value).toBe(a.value);
			expect(b.context.history).toEqual(a.context.history);
		}
	});

	test('a restart starts again with the profile’s answers; a persisted snapshot keeps them', () => {
		const s = run([...malwareAtWork, { type: 'RESTART' }], preset);
		expect(s.value).toBe('firstAid');
		expect(s.context).toEqual({ answers: { orgSupport: 'yes' }, history: [], editing: false, preset: { orgSupport: 'yes' } });
		const actor = createActor(triageMachine(), { input: { preset } }).start();
		for (const e of malwareAtWork) actor.send(e);
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const restored = createActor(triageMachine(), { snapshot: saved }).start();
		expect(restored.getSnapshot().value).toBe('personalData');
		expect(restored.getSnapshot().context.preset).toEqual({ orgSupport: 'yes' });
	});

	test('over every route (xstate/graph): the question is never shown, and no route is longer than without the profile', () => {
		const paths = getSimplePaths(triageMachine(), {
			input: { preset },
			events: distinctForwardEvents,
			serializeState: flowSignature,
			toState: (s) => s.value === 'result'
		}).filter((p) => p.state.value === 'result');
		expect(paths.length).toBeGreaterThan(0);
		const visited = paths.flatMap((p) => p.steps.map((st) => st.state.value));
		expect(visited).not.toContain('orgSupport');
		const taps = paths.map((p) => p.steps.length - 1);
		expect(Math.max(...taps)).toBeLessThanOrEqual(10);
		expect(median(taps)).toBeLessThanOrEqual(8);
		for (const p of paths) {
			expect(p.steps.findIndex((st) => showsDesks(tree, st.state.value as Step))).toBe(4);
			const e = evaluate(tree, p.state.context.answers);
			if (e.applicable.has('orgSupport')) expect(e.answers.orgSupport).toBe('yes');
		}
	}, 600_000);
});
