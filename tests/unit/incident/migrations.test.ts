import { describe, expect, it } from 'vitest';
import { Incident, SCHEMA_VERSION, newIncident } from '$lib/incident/schema';
import { migrateRecord, recordVersion } from '$lib/incident/migrations';

describe('recordVersion', () => {
	it('reads the version, treats a missing one as 0, and rejects nonsense', () => {
		expect(recordVersion({ schemaVersion: 1 })).toBe(1);
		expect(recordVersion({})).toBe(0);
		expect(recordVersion({ schemaVersion: '1' })).toBeUndefined();
		expect(recordVersion(null)).toBeUndefined();
		expect(recordVersion([1])).toBeUndefined();
	});
});

describe('migrateRecord', () => {
	it('leaves a current record as it is', () => {
		const current = newIncident('a', new Date('2026-01-01T00:00:00Z'));
		const result = migrateRecord(current);
		expect(result).toEqual({ ok: true, record: current, migrated: false });
	});

	it('brings an unversioned draft up to a valid incident, keeping what it had', () => {
		const draft = {
			id: 'old',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			details: { os: 'Windows 10' }
		};
		const result = migrateRecord(draft);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.migrated).toBe(true);
		const parsed = Incident.parse(result.record);
		expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
		expect(parsed.details.os).toBe('Windows 10');
		expect(parsed.details.whatHappened).toBe('');
		expect(parsed.timeline).toEqual([]);
		expect(parsed.status).toBe('open');
		// The input is not changed.
		expect(draft).not.toHaveProperty('schemaVersion');
	});

	it('does not hide real damage: a wrong type stays wrong for validation to catch', () => {
		const result = migrateRecord({ id: 'x', details: 'text', timeline: 'no' });
		expect(result.ok).toBe(true);
		if (result.ok) expect(Incident.safeParse(result.record).success).toBe(false);
	});

	it('refuses a record from a newer version', () => {
		const result = migrateRecord({ schemaVersion: SCHEMA_VERSION + 1 });
		expect(result).toMatchObject({ ok: false });
		if (!result.ok) expect(result.error).toMatch(/newer version/);
	});

	it('runs the steps in order to the target', () => {
		const steps = {
			0: (r: Record<string, unknown>) => ({ ...r, schemaVersion: 1, trail: ['0'] }),
			1: (r: Record<string, unknown>) => ({ ...r, schemaVersion: 2, trail: [...(r.trail as string[]), '1'] })
		};
		expect(migrateRecord({}, steps, 2)).toEqual({
			ok: true,
			record: { schemaVersion: 2, trail: ['0', '1'] },
			migrated: true
		});
		expect(migrateRecord({}, { 0: steps[0] }, 2)).toMatchObject({ ok: false });
	});
});
