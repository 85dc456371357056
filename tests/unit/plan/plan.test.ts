import { describe, expect, test } from 'vitest';
import { Incident, newIncident } from '$lib/incident/schema';
import {
	addDate,
	applyPlanOps,
	deskStatus,
	markSeen,
	planDateList,
	progress,
	rebasePlan,
	removeDate,
	setDeskState,
	tickStep
} from '$lib/plan/plan';
import { readPlan, type Plan } from '$lib/plan/schema';
import { planDates } from '$lib/plan/dates';

const T0 = '2026-12-06T01:00:00.000Z';
const NOW = new Date('2026-12-06T03:00:00.000Z');
const LATER = new Date('2026-12-09T03:00:00.000Z');

function plan(): Plan {
	return {
		builtAt: T0,
		desks: [
			{ deskId: 'police-npa-online', addedAt: T0, choices: ['police-station'] },
			{ deskId: 'ppc-leak-report', addedAt: T0 },
			{ deskId: 'ipa-organisation', addedAt: T0 }
		],
		steps: [
			{ id: 'next/tell-manager', addedAt: T0 },
			{ id: 'next/insurer', addedAt: T0 }
		],
		dates: [
			{ id: 'ppc-preliminary', kind: 'ppc-preliminary', date: '2026-12-10', deskId: 'ppc-leak-report' },
			{ id: 'ppc-final', kind: 'ppc-final', date: '2027-02-03', deskId: 'ppc-leak-report' }
		]
	};
}
const contact = (deskId: string, at: string, extra: object = {}) => ({ id: `c-${deskId}-${at}`, deskId, at, reference: 'R-1', outcome: '', ...extra });

describe('deskStatus', () => {
	test('not yet, then contacted by a contact record (one with a card’s choice counts), then waiting, overdue, done', () => {
		let p = plan();
		expect(deskStatus(p, [], 'police-npa-online', NOW)).toEqual({ status: 'not-yet', overdue: false });
		const c1 = contact('police-station', '2026-12-06T02:00:00.000Z', { how: 'visit' });
		const c0 = contact('police-npa-online', '2026-12-06T01:30:00.000Z');
		expect(deskStatus(p, [c1, c0], 'police-npa-online', NOW)).toEqual({ status: 'contacted', last: c1, overdue: false });
		// A contact with another desk does not count.
		expect(deskStatus(p, [c1], 'ipa-organisation', NOW).status).toBe('not-yet');
		p = setDeskState(p, 'police-npa-online', 'waiting', NOW, '2026-12-08T06:00:00.000Z');
		expect(deskStatus(p, [c1], 'police-npa-online', NOW)).toEqual({ status: 'waiting', last: c1, replyBy: '2026-12-08T06:00:00.000Z', overdue: false });
		expect(deskStatus(p, [c1], 'police-npa-online', LATER).overdue).toBe(true);
		p = setDeskState(p, 'police-npa-online', 'done', LATER);
		expect(deskStatus(p, [c1], 'police-npa-online', LATER)).toEqual({ status: 'done', last: c1, overdue: false });
		expect(p.desks[0]).toEqual({ deskId: 'police-npa-online', addedAt: T0, choices: ['police-station'], state: 'done', stateAt: LATER.toISOString() });
		// Back to what the records say.
		p = setDeskState(p, 'police-npa-online', undefined, LATER);
		expect(deskStatus(p, [c1], 'police-npa-online', LATER).status).toBe('contacted');
	});
});

describe('tickStep', () => {
	test('ticks with the time, keeps the first time when ticked again, unticks, and ignores an unknown id', () => {
		let p = plan();
		p = tickStep(p, 'next/insurer', true, NOW);
		expect(p.steps[1]).toEqual({ id: 'next/insurer', addedAt: T0, doneAt: NOW.toISOString() });
		expect(tickStep(p, 'next/insurer', true, LATER).steps[1]!.doneAt).toBe(NOW.toISOString());
		expect(tickStep(p, 'next/insurer', false, LATER).steps[1]).toEqual({ id: 'next/insurer', addedAt: T0 });
		expect(tickStep(p, 'next/unknown', true, NOW)).toEqual(p);
	});

	test('a tick clears the new mark; markSeen clears them all', () => {
		const p = { ...plan(), steps: [{ id: 'next/insurer', addedAt: T0, isNew: true as const }], desks: [{ deskId: 'ipa-organisation', addedAt: T0, isNew: true as const }] };
		expect(tickStep(p, 'next/insurer', true, NOW).steps[0]!.isNew).toBeUndefined();
		const seen = markSeen(p);
		expect([...seen.steps, ...seen.desks].some((x) => x.isNew)).toBe(false);
	});
});

describe('dates', () => {
	test('an own date is added and removed; a callback date comes from a waiting desk’s replyBy, in Japan time', () => {
		let p = addDate(plan(), { id: 'd1', kind: 'insurer', date: '2026-12-07', time: '10:00', label: '保険会社に連絡' });
		p = setDeskState(p, 'ipa-organisation', 'waiting', NOW, '2026-12-08T06:00:00.000Z');
		expect(planDateList(p).map((d) => [d.id, d.date, d.time])).toEqual([
			['d1', '2026-12-07', '10:00'],
			['callback/ipa-organisation', '2026-12-08', '15:00'],
			['ppc-preliminary', '2026-12-10', undefined],
			['ppc-final', '2027-02-03', undefined]
		]);
		p = removeDate(p, 'callback/ipa-organisation', LATER);
		expect(p.desks[2]).toMatchObject({ state: 'waiting' });
		expect(p.desks[2]!.replyBy).toBeUndefined();
		p = removeDate(p, 'd1', LATER);
		expect(planDateList(p).map((d) => d.id)).toEqual(['ppc-preliminary', 'ppc-final']);
	});
});

describe('progress', () => {
	test('counts contacted desks and ticked steps; next is an overdue callback, else the first desk not yet (with its date), else a step, else a date', () => {
		let p = plan();
		expect(progress(p, [], NOW)).toEqual({ done: 0, total: 5, next: { kind: 'desk', id: 'police-npa-online' } });
		const contacts = [contact('police-station', '2026-12-06T02:00:00.000Z')];
		expect(progress(p, contacts, NOW)).toEqual({ done: 1, total: 5, next: { kind: 'date', id: 'ppc-preliminary', date: '2026-12-10' } });
		p = setDeskState(p, 'ppc-leak-report', 'done', NOW);
		p = setDeskState(p, 'ipa-organisation', 'waiting', NOW, '2026-12-08T06:00:00.000Z');
		expect(progress(p, contacts, NOW)).toEqual({ done: 3, total: 5, next: { kind: 'step', id: 'next/tell-manager' } });
		expect(progress(p, contacts, LATER).next).toEqual({ kind: 'desk', id: 'ipa-organisation', date: '2026-12-08' });
		p = tickStep(tickStep(p, 'next/tell-manager', true, NOW), 'next/insurer', true, NOW);
		expect(progress(p, contacts, NOW)).toEqual({ done: 5, total: 5, next: { kind: 'date', id: 'callback/ipa-organisation', date: '2026-12-08' } });
		// Stale items count neither way.
		const stale = { ...p, steps: [...p.steps, { id: 'next/old', addedAt: T0, doneAt: T0, stale: true as const }] };
		expect(progress(stale, contacts, NOW).total).toBe(5);
	});
});

describe('readPlan', () => {
	test('drops damaged desks, steps and dates one by one, counting them; the rest stays', () => {
		const raw = {
			...plan(),
			desks: [{ deskId: 'ipa-organisation', addedAt: T0 }, { deskId: 'BAD ID', addedAt: T0 }, 'junk', { deskId: 'ipa-organisation', addedAt: T0 }],
			steps: [{ id: 'next/insurer', addedAt: T0, doneAt: 'yesterday' }, { id: 'next/tell-manager', addedAt: T0, doneAt: NOW.toISOString() }],
			dates: [{ id: 'd', kind: 'dentist', date: '2026-12-07' }, { id: 'e', kind: 'own', date: '2026-12-07', time: '25:00' }, { id: 'f', kind: 'own', date: '2026-12-07' }]
		};
		const { plan: read, dropped } = readPlan(raw);
		expect(dropped).toBe(6);
		expect(read!.desks).toEqual([{ deskId: 'ipa-organisation', addedAt: T0 }]);
		expect(read!.steps).toEqual([{ id: 'next/tell-manager', addedAt: T0, doneAt: NOW.toISOString() }]);
		expect(read!.dates).toEqual([{ id: 'f', kind: 'own', date: '2026-12-07' }]);
		expect(read!.damagedItems).toBe(6);
		expect(readPlan(plan())).toEqual({ plan: plan(), dropped: 0 });
		expect(readPlan('garbage')).toEqual({ dropped: 1 });
	});

	test('an incident with a damaged plan is read with the rest of its plan and a count, never refused', () => {
		const incident = { ...newIncident('x', NOW), plan: { ...plan(), steps: [42, { id: 'next/insurer', addedAt: T0 }] } };
		const parsed = Incident.safeParse(incident);
		expect(parsed.success).toBe(true);
		expect(parsed.data!.plan!.steps).toEqual([{ id: 'next/insurer', addedAt: T0 }]);
		expect(parsed.data!.plan!.damagedItems).toBe(1);
		const whollyBad = Incident.safeParse({ ...newIncident('y', NOW), plan: 'garbage' });
		expect(whollyBad.success).toBe(true);
		expect(whollyBad.data!.plan).toMatchObject({ desks: [], steps: [], dates: [], damagedItems: 1 });
		// Read again, a plan keeps its count and adds nothing.
		expect(Incident.parse(parsed.data).plan!.damagedItems).toBe(1);
	});
});

describe('two tabs', () => {
	test('ops applied one after another on the stored plan keep both tabs’ ticks; a rebuilt plan put over it keeps them too', () => {
		const stored = applyPlanOps(plan(), [{ op: 'tick', id: 'next/insurer', done: true, at: NOW.toISOString() }]);
		const both = applyPlanOps(stored, [{ op: 'tick', id: 'next/tell-manager', done: true, at: LATER.toISOString() }])!;
		expect(both.steps.every((s) => s.doneAt)).toBe(true);
		const built = { ...plan(), builtAt: LATER.toISOString(), steps: [{ id: 'next/insurer', addedAt: T0 }] };
		const rebased = rebasePlan(built, both);
		expect(rebased.steps).toEqual([
			{ id: 'next/insurer', addedAt: T0, doneAt: NOW.toISOString() },
			{ id: 'next/tell-manager', addedAt: T0, doneAt: LATER.toISOString(), stale: true }
		]);
	});
});

describe('planDates', () => {
	test('every date of the plan as a calendar event: PPC deadlines all-day with a reminder the day before, a callback at its Japan time', () => {
		const p = setDeskState(plan(), 'ipa-organisation', 'waiting', NOW, '2026-12-08T06:00:00.000Z');
		const events = planDates(p, { incidentId: 'inc-1', title: (d) => `${d.kind}:${d.deskId ?? ''}`, description: '初動ナビ' });
		expect(events).toEqual([
			{ uid: 'inc-1/callback/ipa-organisation', title: 'callback:ipa-organisation', description: '初動ナビ', start: new Date('2026-12-08T06:00:00.000Z') },
			{ uid: 'inc-1/ppc-preliminary', title: 'ppc-preliminary:ppc-leak-report', description: '初動ナビ', date: '2026-12-10', alarmMinutesBefore: 900 },
			{ uid: 'inc-1/ppc-final', title: 'ppc-final:ppc-leak-report', description: '初動ナビ', date: '2027-02-03', alarmMinutesBefore: 900 }
		]);
		expect(planDates(p, { incidentId: 'inc-1', title: () => 'x', ids: ['ppc-final'] }).map((e) => e.uid)).toEqual(['inc-1/ppc-final']);
	});
});

describe('planDates into the .ics maker', () => {
	test('the file holds every date of the plan on the same Japan dates, read back by a calendar parser', async () => {
		const { icsFile } = await import('$lib/calendar/ics');
		const { readIcs } = await import('../../fixtures/ics');
		const p = addDate(setDeskState(plan(), 'ipa-organisation', 'waiting', NOW, '2026-12-08T06:00:00.000Z'), { id: 'own-1', kind: 'insurer', date: '2026-12-24', label: '保険会社' });
		const text = icsFile(planDates(p, { incidentId: 'inc-1', title: (d) => d.label ?? d.kind }), { now: NOW });
		const { events } = readIcs(text);
		expect(events.map((e) => [e.title, e.allDay, e.start])).toEqual([
			['callback', false, '2026-12-08T06:00:00.000Z'],
			['ppc-preliminary', true, '2026-12-10'],
			['保険会社', true, '2026-12-24'],
			['ppc-final', true, '2027-02-03']
		]);
		// The deadlines remind at 09:00 Japan time the day before.
		expect(events[1]!.alarms.map((a) => a.triggerSeconds)).toEqual([-15 * 3600]);
	});
});
