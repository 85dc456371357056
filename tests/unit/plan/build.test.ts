import { beforeAll, describe, expect, test } from 'vitest';
import { buildPlan } from '$lib/triage/plan';
import { nextStepItems, route } from '$lib/triage/routing';
import { recoverySteps } from '$lib/triage/recovery';
import { Plan } from '$lib/plan/schema';
import { tickStep, setDeskState } from '$lib/plan/plan';
import { ppcDeadlines } from '$lib/time/deadlines';
import type { Answers } from '$lib/triage/flow';
import { resultRoutes } from '../../fixtures/triage-routes';
import { OTASUKETAI, profileWith } from '../../fixtures/profiles';

const NOW = new Date('2026-12-06T01:00:00Z');
const LATER = new Date('2026-12-07T02:00:00Z');

describe('the plan of every route through the triage (xstate/graph)', () => {
	let routes: ReturnType<typeof resultRoutes> = [];
	beforeAll(() => {
		routes = resultRoutes();
	}, 600_000);

	test('holds every recommended desk (with its card’s choices) and every step that applies, and the PPC dates where the report applies', () => {
		expect(routes.length).toBeGreaterThan(400);
		let withPpc = 0;
		let withRecovery = 0;
		for (const path of routes) {
			const answers = path.state.context.answers;
			const discoveredAt = '2026-12-05T23:30:00Z';
			const plan = buildPlan({ answers, discoveredAt, now: NOW });
			const label = JSON.stringify(answers);
			expect(Plan.safeParse(plan).success, label).toBe(true);
			const recs = route({ answers, discoveredAt, now: NOW });
			expect(plan.desks.map((d) => d.deskId), label).toEqual(recs.map((r) => r.deskId));
			for (const r of recs) {
				const choices = plan.desks.find((d) => d.deskId === r.deskId)!.choices ?? [];
				expect(choices, label).toEqual(r.choices.map((c) => c.deskId));
			}
			expect(plan.steps.map((s) => s.id), label).toEqual([
				...nextStepItems(answers).map((s) => `next/${s.id}`),
				...recoverySteps(answers).map((s) => `recovery/${s.id}`)
			]);
			if (recoverySteps(answers).length) withRecovery++;
			expect(plan.steps.length + plan.desks.length).toBeGreaterThan(0);
			// Nothing is new, stale or done in a first plan.
			expect([...plan.desks, ...plan.steps].some((x) => 'isNew' in x || 'stale' in x || 'doneAt' in x || 'state' in x), label).toBe(false);
			const ppc = recs.find((r) => r.deadlines);
			if (ppc) {
				withPpc++;
				expect(plan.dates, label).toEqual([
					{ id: 'ppc-preliminary', kind: 'ppc-preliminary', date: ppc.deadlines!.preliminaryBy, deskId: ppc.deskId },
					{ id: 'ppc-final', kind: 'ppc-final', date: ppc.deadlines!.finalBy, deskId: ppc.deskId }
				]);
			} else expect(plan.dates, label).toEqual([]);
		}
		expect(withPpc).toBeGreaterThan(10);
		expect(withRecovery).toBeGreaterThan(50);
	});

	test('rebuilt from the same answers, a plan with everything done stays as it was, and nothing is marked new', () => {
		for (const path of routes.filter((_, i) => i % 7 === 0)) {
			const answers = path.state.context.answers;
			let plan = buildPlan({ answers, now: NOW });
			for (const s of plan.steps) plan = tickStep(plan, s.id, true, NOW);
			for (const d of plan.desks) plan = setDeskState(plan, d.deskId, 'done', NOW);
			const again = buildPlan({ answers, now: LATER }, plan);
			expect({ ...again, builtAt: plan.builtAt }).toEqual(plan);
		}
	});
});

describe('buildPlan', () => {
	const leak: Answers = { safety: 'no', who: 'large-organisation', orgSupport: 'no', what: 'data-leak', leakCause: 'attack', reportCase: 'none' };

	test('PPC 速報 and 確報 dates are the Japan dates the deadlines give, counted from when it was noticed', () => {
		// 08:30 in Japan on 6 December.
		const plan = buildPlan({ answers: leak, discoveredAt: '2026-12-05T23:30:00Z', now: NOW });
		const expected = ppcDeadlines('2026-12-05T23:30:00Z', true);
		expect(expected.learnedOn).toBe('2026-12-06');
		expect(plan.dates.find((d) => d.kind === 'ppc-preliminary')?.date).toBe(expected.preliminaryBy);
		expect(plan.dates.find((d) => d.kind === 'ppc-final')?.date).toBe(expected.finalBy);
		expect(plan.dates.every((d) => d.deskId === 'ppc-leak-report')).toBe(true);
	});

	test('a re-triage keeps done steps and desk states, marks new items, keeps done ones no longer recommended as stale, drops untouched ones', () => {
		const before: Answers = { safety: 'no', who: 'individual', what: 'phishing', passwordEntered: 'yes', moneyLost: 'no' };
		const after: Answers = { ...before, moneyLost: 'yes', policeReport: 'no' };
		let plan = buildPlan({ answers: before, now: NOW });
		const stepIds = plan.steps.map((s) => s.id);
		expect(stepIds.length).toBeGreaterThan(1);
		plan = tickStep(plan, stepIds[0]!, true, NOW);
		const firstDesk = plan.desks[0]!.deskId;
		plan = setDeskState(plan, firstDesk, 'waiting', NOW, '2026-12-08T06:00:00Z');
		const rebuilt = buildPlan({ answers: after, now: LATER }, plan);
		const fresh = buildPlan({ answers: after, now: LATER });
		// The new plan's items are those of a fresh plan for the new answers (plus what was done).
		for (const d of fresh.desks) expect(rebuilt.desks.map((x) => x.deskId)).toContain(d.deskId);
		const added = fresh.desks.filter((d) => !plan.desks.some((p) => p.deskId === d.deskId)).map((d) => d.deskId);
		expect(added.length).toBeGreaterThan(0);
		for (const id of added) expect(rebuilt.desks.find((d) => d.deskId === id)?.isNew).toBe(true);
		const kept = rebuilt.steps.find((s) => s.id === stepIds[0]);
		expect(kept?.doneAt).toBe(NOW.toISOString());
		expect(rebuilt.desks.find((d) => d.deskId === firstDesk)).toMatchObject({ state: 'waiting', replyBy: '2026-12-08T06:00:00Z', stateAt: NOW.toISOString() });
		// Items carried over are not new; their addedAt is the first build's.
		for (const s of rebuilt.steps.filter((s) => stepIds.includes(s.id))) {
			expect(s.isNew).toBeUndefined();
			expect(s.addedAt).toBe(NOW.toISOString());
		}
	});

	test('a ticked step no longer recommended is kept as stale; an untouched one is dropped', () => {
		const account: Answers = { safety: 'no', who: 'organisation', orgSupport: 'no', what: 'ransomware', personalData: 'no', policeReport: 'no' };
		const spam: Answers = { safety: 'no', who: 'individual', what: 'spam' };
		let plan = buildPlan({ answers: account, now: NOW });
		const gone = plan.steps.map((s) => s.id).filter((id) => !buildPlan({ answers: spam, now: NOW }).steps.some((s) => s.id === id));
		expect(gone.length).toBeGreaterThan(1);
		plan = tickStep(plan, gone[0]!, true, NOW);
		const rebuilt = buildPlan({ answers: spam, now: LATER }, plan);
		expect(rebuilt.steps.find((s) => s.id === gone[0])).toMatchObject({ stale: true, doneAt: NOW.toISOString() });
		expect(rebuilt.steps.some((s) => s.id === gone[1])).toBe(false);
		// Going back: the stale step is current again, still done.
		const back = buildPlan({ answers: account, now: LATER }, rebuilt);
		expect(back.steps.find((s) => s.id === gone[0])).toEqual({ id: gone[0], addedAt: NOW.toISOString(), doneAt: NOW.toISOString() });
	});

	test('a desk no longer recommended stays (stale) when it has a state or a contact record, and goes when untouched', () => {
		const account: Answers = { safety: 'no', who: 'individual', what: 'account-takeover' };
		const spam: Answers = { safety: 'no', who: 'individual', what: 'spam' };
		const plan = buildPlan({ answers: account, now: NOW });
		const spamDesks = buildPlan({ answers: spam, now: NOW }).desks.map((d) => d.deskId);
		const gone = plan.desks.map((d) => d.deskId).filter((id) => !spamDesks.includes(id));
		expect(gone.length).toBeGreaterThan(0);
		const contact = { deskId: gone[0]!, at: NOW.toISOString(), reference: '', outcome: '' };
		const rebuilt = buildPlan({ answers: spam, now: LATER, contacts: [contact] }, plan);
		expect(rebuilt.desks.find((d) => d.deskId === gone[0])?.stale).toBe(true);
		for (const id of gone.slice(1)) expect(rebuilt.desks.some((d) => d.deskId === id)).toBe(false);
	});

	test('without a date noticed, the PPC dates count from the first plan and follow the answers, never the day of a rebuild', () => {
		const mistake: Answers = { ...leak, leakCause: 'mistake', reportCase: 'over1000' };
		const first = buildPlan({ answers: mistake, now: NOW });
		expect(first.ppcFrom).toBe(NOW.toISOString());
		const later = new Date('2026-12-20T03:00:00Z');
		const again = buildPlan({ answers: mistake, now: later }, first);
		expect(again.dates).toEqual(first.dates);
		const attack = buildPlan({ answers: leak, now: later }, again);
		const expected = ppcDeadlines(NOW, true);
		expect(attack.dates.find((d) => d.kind === 'ppc-final')?.date).toBe(expected.finalBy);
		expect(ppcDeadlines(NOW, false).finalBy).not.toBe(expected.finalBy);
		// Once the date noticed is known, it counts from there.
		const known = buildPlan({ answers: leak, discoveredAt: '2026-12-01T01:00:00Z', now: later }, attack);
		expect(known.dates.find((d) => d.kind === 'ppc-preliminary')?.date).toBe(ppcDeadlines('2026-12-01T01:00:00Z', true).preliminaryBy);
		expect(known.ppcFrom).toBeUndefined();
	});

	test('the dates the person set stay through a re-triage; the PPC dates follow the answers', () => {
		const leakPlan = buildPlan({ answers: leak, discoveredAt: '2026-12-05T23:30:00Z', now: NOW });
		const withOwn = { ...leakPlan, dates: [...leakPlan.dates, { id: 'd1', kind: 'insurer' as const, date: '2026-12-20', label: '保険会社' }] };
		const noLeak = buildPlan({ answers: { safety: 'no', who: 'individual', what: 'spam' }, now: LATER }, withOwn);
		expect(noLeak.dates).toEqual([{ id: 'd1', kind: 'insurer', date: '2026-12-20', label: '保険会社' }]);
	});

	test('with a profile, its contacts are the plan’s desks as they are the result’s', () => {
		const profile = profileWith('organisation', { otasuketai: OTASUKETAI });
		const answers: Answers = { safety: 'no', who: 'organisation', orgSupport: 'yes', what: 'ransomware', personalData: 'no', policeReport: 'no' };
		const plan = buildPlan({ answers, now: NOW, profile });
		expect(plan.desks.map((d) => d.deskId)).toEqual(route({ answers, now: NOW, profile }).map((r) => r.deskId));
	});
});
