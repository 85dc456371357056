import { describe, expect, test } from 'vitest';
import { buildArchive, parseArchive } from '$lib/incident/archive';
import { buildExport, serialiseExport } from '$lib/incident/transfer';
import { parseImport } from '$lib/incident/transfer-read';
import { buildPlan } from '$lib/triage/plan';
import { addDate, setDeskState, tickStep } from '$lib/plan/plan';
import type { Incident } from '$lib/incident/schema';
import { NOW, ransomCase } from '../../fixtures/incidents';

function withPlan(): Incident {
	const incident = ransomCase();
	let plan = buildPlan({ answers: { safety: 'no', who: 'organisation', orgSupport: 'no', what: 'ransomware', personalData: 'unknown', policeReport: 'no' }, discoveredAt: incident.discoveredAt, now: NOW });
	plan = tickStep(plan, plan.steps[0]!.id, true, NOW);
	plan = setDeskState(plan, plan.desks[0]!.deskId, 'waiting', NOW, '2026-03-04T06:00:00.000Z');
	plan = addDate(plan, { id: 'own-1', kind: 'insurer', date: '2026-03-10', label: '保険会社' });
	expect(plan.dates.some((d) => d.kind === 'ppc-final')).toBe(true);
	return { ...incident, contacts: incident.contacts.map((c) => ({ ...c, how: 'phone' as const })), plan };
}

describe('the plan in the export and the import', () => {
	test('round-trips through the JSON export and the ZIP archive unchanged', async () => {
		const incident = withPlan();
		const { text } = serialiseExport([{ ok: true, incident }], NOW);
		const json = parseImport(text);
		if (!json.ok) throw new Error(JSON.stringify(json.problem));
		expect(json.contents.incidents).toEqual([incident]);
		expect(json.contents.damagedPlans).toBeUndefined();
		const zip = await buildArchive(buildExport([{ ok: true, incident }], NOW), []);
		const archived = await parseArchive(zip);
		if (!archived.ok) throw new Error(JSON.stringify(archived.problem));
		expect(archived.contents.incidents).toEqual([incident]);
	});

	test('an import with a damaged plan keeps the incident and the rest of its plan, and says how many items were left out', () => {
		const incident = withPlan();
		const file = buildExport([{ ok: true, incident }], NOW);
		const raw = JSON.parse(JSON.stringify(file));
		raw.incidents[0].plan.steps.push({ id: 'next/x', addedAt: 'not a time' });
		raw.incidents[0].plan.dates[0].date = '12/10';
		const parsed = parseImport(JSON.stringify(raw));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
		const read = parsed.contents.incidents[0]!;
		expect(parsed.contents.damagedPlans).toEqual([{ id: incident.id, dropped: 2 }]);
		expect(read.plan!.steps).toEqual(incident.plan!.steps);
		expect(read.plan!.dates).toEqual(incident.plan!.dates.slice(1));
		expect(read.plan!.damagedItems).toBe(2);
		expect(read.details).toEqual(incident.details);
	});
});
