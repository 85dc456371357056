import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { openIncidentStore } from '$lib/storage';
import { newIncident } from '$lib/incident/schema';
import { buildPlan } from '$lib/triage/plan';
import { tickStep } from '$lib/plan';
import IncidentsPage from '../../../../src/routes/incidents/+page.svelte';

const NOW = new Date('2026-12-06T01:00:00.000Z');

describe('the list of records', () => {
	it('shows each record’s progress and the way to its plan, and says when its plan had damaged items', async () => {
		const store = await openIncidentStore();
		let plan = buildPlan({ answers: { safety: 'no', who: 'individual', what: 'account-takeover' }, now: NOW });
		plan = tickStep(plan, plan.steps[0]!.id, true, NOW);
		await store.put({ ...newIncident('with-plan', NOW), plan });
		const broken = buildPlan({ answers: { safety: 'no', who: 'individual', what: 'account-takeover' }, now: NOW });
		await store.put({ ...newIncident('damaged', new Date(NOW.getTime() + 1000)), plan: { ...broken, steps: [...broken.steps, { id: 7 }] } as never });
		await store.put(newIncident('no-plan', new Date(NOW.getTime() + 2000)));

		render(IncidentsPage);
		const items = await screen.findAllByTestId('incident-item', {}, { timeout: 10_000 });
		expect(items).toHaveLength(3);
		const lines = await screen.findAllByTestId('plan-progress-line', {}, { timeout: 10_000 });
		expect(lines.map((l) => l.textContent ?? '').filter((t) => t.includes(`${plan.desks.length + plan.steps.length}件中1件済み`))).toHaveLength(1);
		expect(screen.getAllByTestId('open-plan')).toHaveLength(2);
		expect(screen.getAllByTestId('plan-dropped')).toHaveLength(1);
		expect(screen.getByTestId('plan-dropped')).toHaveTextContent('1件が壊れていて読めなかったため、外しました');
		const without = items.find((i) => !within(i).queryByTestId('open-plan'));
		expect(without).toBeDefined();
	}, 30_000);
});
