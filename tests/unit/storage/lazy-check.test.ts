// The record check (zod) loads the first time a record is read or written, not with the store
// (src/lib/storage/record.ts). Each test starts from fresh modules, so the check is not loaded yet.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { Details } from '$lib/incident/schema';
import { DETAIL_KEYS, newIncident } from '$lib/incident/record-basics';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	vi.resetModules();
});

async function fresh() {
	const record = await import('$lib/storage/record');
	const storage = await import('$lib/storage');
	return { record, storage };
}

describe('the record check loads on the first read or write', () => {
	it('is not loaded before: a read refuses, then works once loaded', async () => {
		const { record } = await fresh();
		const incident = newIncident('a', new Date('2026-03-01T00:00:00.000Z'));
		expect(() => record.readRecord('a', incident)).toThrow(record.ChecksNotLoaded);
		expect(() => record.validate(incident)).toThrow(record.ChecksNotLoaded);
		await record.loadChecks();
		expect(record.readRecord('a', incident)).toEqual({ ok: true, incident });
		expect(record.readRecord('b', incident).ok).toBe(false);
	});

	it('an IndexedDB store reads a stored record (current, get, list, update) with the check not yet loaded', async () => {
		const { storage } = await fresh();
		const store = await storage.openIncidentStore('lazy', { newId: () => 'new', now: () => new Date('2026-03-02T00:00:00.000Z') });
		const stored = newIncident('kept', new Date('2026-03-01T00:00:00.000Z'));
		stored.details.os = 'Windows 11';
		const db = await openDB('lazy');
		await db.put('incidents', stored, 'kept');
		db.close();
		await store.setCurrent('kept');
		// The first read meets the record before the check is there: it is loaded and the read run again.
		expect((await store.current()).details.os).toBe('Windows 11');
		expect(await store.list()).toEqual([{ ok: true, incident: stored }]);
		const updated = await store.update('kept', (i) => ({ ...i, details: { ...i.details, os: 'macOS' } }));
		expect(updated.details.os).toBe('macOS');
		expect((await store.get('kept'))?.ok).toBe(true);
		store.close();
	});

	it('an update is the first use: the check loads, nothing is written twice, a bad change is still refused', async () => {
		const { storage } = await fresh();
		const store = await storage.openIncidentStore('lazy2', { newId: () => 'n1', now: () => new Date('2026-03-02T00:00:00.000Z') });
		const db = await openDB('lazy2');
		await db.put('incidents', newIncident('x', new Date('2026-03-01T00:00:00.000Z')), 'x');
		db.close();
		await expect(store.update('x', (i) => ({ ...i, status: 'lost' }) as never)).rejects.toBeInstanceOf(storage.InvalidIncidentError);
		let calls = 0;
		await store.update('x', (i) => (calls++, { ...i, details: { ...i.details, os: 'iOS' } }));
		expect(calls).toBe(1);
		expect((await store.get('x'))?.ok && (await store.get('x'))).toMatchObject({ incident: { details: { os: 'iOS' } } });
		store.close();
	});

	it('an empty store starts a new record without the check', async () => {
		const { storage, record } = await fresh();
		const store = await storage.openIncidentStore('lazy3', { newId: () => 'first', now: () => new Date('2026-03-02T00:00:00.000Z') });
		expect((await store.current()).id).toBe('first');
		expect(() => record.readRecord('first', {})).toThrow(record.ChecksNotLoaded);
		store.close();
	});
});

describe('record-basics', () => {
	it("DETAIL_KEYS are the schema's details, in its order", () => {
		expect([...DETAIL_KEYS]).toEqual(Object.keys(Details.shape));
	});
});
