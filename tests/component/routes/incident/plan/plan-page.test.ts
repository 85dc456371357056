import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { openIncidentStore } from '$lib/storage';
import { newIncident, type Incident } from '$lib/incident/schema';
import { triageMachine } from '$lib/triage/machine';
import { saveTriage } from '$lib/triage/persist';
import { buildPlan } from '$lib/triage/plan';
import { deskName } from '$lib/incident/desk-names';
import type { DeskId } from '$lib/content/desk-ids';
import PlanPage from '../../../../../src/routes/incident/plan/+page.svelte';

const NOW = new Date('2026-12-06T01:00:00.000Z');
const ANSWERS = ['no', 'individual', 'account-takeover'];

/** An incident whose triage really ran to the desks (an account taken over), stored as the current one. */
async function seed(id: string, change: (i: Incident) => Incident = (i) => i) {
	const store = await openIncidentStore();
	const actor = createActor(triageMachine()).start();
	actor.send({ type: 'CONTINUE' });
	for (const value of ANSWERS) actor.send({ type: 'ANSWER', value });
	const incident = { ...newIncident(id, NOW), triage: saveTriage(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), NOW) };
	await store.put(change(incident));
	await store.setCurrent(id);
	return store;
}

const stored = async (store: Awaited<ReturnType<typeof seed>>, id: string) => {
	const got = await store.get(id);
	if (!got?.ok) throw new Error('not stored');
	return got.incident;
};

describe('the plan page', () => {
	// Each test is a new tab on its own incident.
	afterEach(() => {
		cleanup();
		sessionStorage.clear();
	});

	it('builds the plan from the answers, ticks a step, records a contact (the details page’s record) and a reply awaited', async () => {
		const store = await seed('p1');
		const user = userEvent.setup();
		render(PlanPage);
		const steps = await screen.findByTestId('plan-steps', {}, { timeout: 10_000 });
		// Built and stored when the page opened: every desk and step of the answers.
		await waitFor(async () => expect((await stored(store, 'p1')).plan?.steps.length).toBeGreaterThan(0));
		const plan = (await stored(store, 'p1')).plan!;
		expect(screen.getAllByTestId('plan-desk').map((d) => d.dataset.desk)).toEqual(plan.desks.map((d) => d.deskId));
		expect(within(steps).getAllByTestId('plan-step').map((s) => s.dataset.step)).toEqual(plan.steps.map((s) => s.id));
		expect(screen.getByTestId('scam-warning')).toBeInTheDocument();

		const first = plan.steps[0]!.id;
		const box = within(steps).getAllByRole('checkbox')[0]!;
		await user.click(box);
		expect(box).toBeChecked();
		await waitFor(async () => expect((await stored(store, 'p1')).plan!.steps.find((s) => s.id === first)?.doneAt).toBeDefined());
		expect(screen.getByTestId('plan-progress-line')).toHaveTextContent(`${plan.desks.length + plan.steps.length}件中1件済み`);

		// A contact recorded here is the incident's contact record, with how it was made.
		const deskId = plan.desks[0]!.deskId;
		const desk = screen.getAllByTestId('plan-desk')[0]!;
		await user.click(within(desk).getByRole('button', { name: `${deskName(deskId as DeskId, 'ja')}に連絡したことを記録` }));
		await user.click(within(desk).getByRole('radio', { name: 'メール' }));
		await user.type(within(desk).getByLabelText('受付番号・担当者名など（あれば）'), 'R-123');
		await user.click(within(desk).getByRole('button', { name: '記録する' }));
		await waitFor(async () => expect((await stored(store, 'p1')).contacts).toEqual([expect.objectContaining({ deskId, how: 'mail', reference: 'R-123' })]));
		expect(within(desk).getByTestId('desk-status')).toHaveTextContent('連絡した');
		expect(desk).toHaveTextContent('受付番号など：R-123');

		// Then waiting for a reply, by a date: said on the card, and a date for the calendar.
		await user.click(within(desk).getByRole('button', { name: '返事を待っている' }));
		const on = within(desk).getByLabelText('いつまでに返事が来る約束ですか');
		await user.clear(on);
		await user.type(on, '2099-01-15');
		await user.click(within(desk).getByRole('button', { name: '返事待ちにする' }));
		expect(within(desk).getByTestId('desk-status')).toHaveTextContent('返事待ち');
		expect(within(desk).getByTestId('desk-reply-by')).toHaveTextContent('2099年1月15日（木）までに返事がなければ、もう一度連絡します。');
		expect(screen.getByTestId('plan-dates').querySelector('[data-kind="callback"]')).toHaveAttribute('data-date', '2099-01-15');
		await waitFor(async () => expect((await stored(store, 'p1')).plan!.desks[0]).toMatchObject({ state: 'waiting', replyBy: '2099-01-15T08:00:00.000Z' }));
	}, 30_000);

	it('says how many damaged plan items were left out, until dismissed', async () => {
		const store = await seed('p2', (i) => {
			const plan = buildPlan({ answers: { safety: 'no', who: 'individual', what: 'account-takeover' }, now: NOW });
			// Two damaged items as a broken write or an old version could leave them.
			return { ...i, plan: { ...plan, steps: [...plan.steps, { id: 42 }], dates: [{ kind: 'ppc-final' }] } as never };
		});
		const user = userEvent.setup();
		render(PlanPage);
		const notice = await screen.findByTestId('plan-dropped', {}, { timeout: 10_000 });
		expect(notice).toHaveTextContent('2件が壊れていて読めなかったため、外しました');
		await user.click(within(notice).getByRole('button'));
		expect(screen.queryByTestId('plan-dropped')).toBeNull();
		await waitFor(async () => expect((await stored(store, 'p2')).plan?.damagedItems).toBeUndefined());
	}, 30_000);
});
