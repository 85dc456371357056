import { describe, expect, it } from 'vitest';
import { anyHoldsData, holdsData } from '$lib/incident/holds-data';
import { newIncident } from '$lib/incident/schema';
import { NOW, ransomCase } from '../../fixtures/incidents';

describe('holdsData', () => {
	it('is false for a fresh incident and true once anything is recorded', () => {
		const fresh = newIncident('x', NOW);
		expect(holdsData(fresh)).toBe(false);
		expect(holdsData({ ...fresh, details: { ...fresh.details, os: '  ' } })).toBe(false);
		expect(holdsData({ ...fresh, details: { ...fresh.details, os: 'iOS 18' } })).toBe(true);
		expect(holdsData({ ...fresh, timeline: [{ id: 't', at: NOW.toISOString(), text: 'x', kind: 'seen' }] })).toBe(true);
		expect(holdsData({ ...fresh, sender: { name: '山田' } })).toBe(true);
		expect(holdsData({ ...fresh, sender: { name: '' } })).toBe(false);
		expect(holdsData({ ...fresh, discoveredAt: NOW.toISOString() })).toBe(true);
		expect(holdsData(ransomCase())).toBe(true);
	});

	it('counts a damaged record as data', () => {
		expect(anyHoldsData([])).toBe(false);
		expect(anyHoldsData([{ ok: true, incident: newIncident('x', NOW) }])).toBe(false);
		expect(anyHoldsData([{ ok: false, id: 'y', raw: {}, error: 'bad' }])).toBe(true);
	});
});
