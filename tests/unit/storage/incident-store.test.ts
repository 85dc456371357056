import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newIncident, type Incident } from '$lib/incident/schema';
import { openIncidentStore, StorageFullError, IncidentNotFoundError, type ShodoIncidentStore } from '$lib/storage';

const realPut = IDBObjectStore.prototype.put;
let store: ShodoIncidentStore;
let ids = 0;
let clock = new Date('2026-03-01T01:00:00.000Z');

async function open(name = 'test') {
	return openIncidentStore(name, { newId: () => `inc-${++ids}`, now: () => clock });
}

beforeEach(async () => {
	// A fresh, empty IndexedDB for every test.
	globalThis.indexedDB = new IDBFactory();
	ids = 0;
	clock = new Date('2026-03-01T01:00:00.000Z');
	store = await open();
});

afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	store.close();
});

function sample(id: string, text = 'ランサムノートが表示された'): Incident {
	const incident = newIncident(id, new Date('2026-03-01T00:00:00.000Z'));
	incident.details.whatHappened = text;
	return incident;
}

/** Writes a record straight into the database, past the store's validation. */
async function writeRaw(id: string, value: unknown, name = 'test') {
	const db = await openDB(name);
	await db.put('incidents', value, id);
	db.close();
}

describe('current', () => {
	it('creates one incident and returns the same one afterwards', async () => {
		const first = await store.current();
		const again = await store.current();
		expect(first.id).toBe('inc-1');
		expect(again).toEqual(first);
		expect(await store.list()).toHaveLength(1);
	});

	it('creates only one incident when called twice at once', async () => {
		const [a, b] = await Promise.all([store.current(), store.current()]);
		expect(a.id).toBe(b.id);
		expect(await store.list()).toHaveLength(1);
	});

	it('skips a damaged current record by starting a new one, keeping the damaged one', async () => {
		await writeRaw('broken', { schemaVersion: 1, id: 'broken', details: 'not an object' });
		await store.setCurrent('broken');
		const fresh = await store.current();
		expect(fresh.id).not.toBe('broken');
		const listed = await store.list();
		expect(listed).toHaveLength(2);
		const damaged = listed.find((s) => !s.ok);
		expect(damaged).toMatchObject({ ok: false, id: 'broken', raw: { details: 'not an object' } });
		expect(await store.currentId()).toBe(fresh.id);
	});

	it('follows setCurrent, and starts afresh after setCurrent(null)', async () => {
		await store.put(sample('a'));
		await store.setCurrent('a');
		expect((await store.current()).id).toBe('a');
		await store.setCurrent(null);
		expect((await store.current()).id).toBe('inc-1');
	});
});

describe('get and list', () => {
	it('keeps a record that fails validation, lists it as damaged with the reason, and does not throw', async () => {
		await store.put(sample('good'));
		await writeRaw('bad', { schemaVersion: 1, id: 'bad', createdAt: 'yesterday' });
		const bad = await store.get('bad');
		expect(bad?.ok).toBe(false);
		if (bad && !bad.ok) {
			expect(bad.error).toMatch(/createdAt/);
			expect(bad.raw).toEqual({ schemaVersion: 1, id: 'bad', createdAt: 'yesterday' });
		}
		const all = await store.list();
		expect(all.map((s) => s.ok).sort()).toEqual([false, true]);
	});

	it('lists a record from a newer app version as damaged rather than guessing', async () => {
		await writeRaw('future', { ...sample('future'), schemaVersion: 99 });
		const read = await store.get('future');
		expect(read).toMatchObject({ ok: false, id: 'future' });
		if (read && !read.ok) expect(read.error).toMatch(/newer version/);
	});

	it('migrates an unversioned record when reading it', async () => {
		const { schemaVersion: _v, timeline: _t, contacts: _c, ...old } = sample('old');
		await writeRaw('old', old);
		const read = await store.get('old');
		expect(read).toMatchObject({ ok: true, incident: { id: 'old', schemaVersion: 1, timeline: [], contacts: [] } });
	});

	it('returns undefined for an id it does not have', async () => {
		expect(await store.get('nope')).toBeUndefined();
	});
});

describe('put and update', () => {
	it('refuses an invalid incident and writes nothing', async () => {
		const bad = { ...sample('x'), status: 'maybe' } as unknown as Incident;
		await expect(store.put(bad)).rejects.toThrow(/status/);
		expect(await store.get('x')).toBeUndefined();
	});

	it('keeps text as it was typed, markup and all', async () => {
		const hostile = '<script>alert(1)</script>\u202Egnp.exe 🙂' + 'あ'.repeat(100_000);
		await store.put(sample('h', hostile));
		const read = await store.get('h');
		expect(read?.ok && read.incident.details.whatHappened).toBe(hostile);
	});

	it('does not lose either of two quick updates', async () => {
		await store.put(sample('u'));
		await Promise.all([
			store.update('u', (i) => ({ ...i, details: { ...i.details, os: 'Windows 11' } })),
			store.update('u', (i) => ({ ...i, details: { ...i.details, deviceType: 'ノートPC' } }))
		]);
		const read = await store.get('u');
		expect(read?.ok && read.incident.details).toMatchObject({ os: 'Windows 11', deviceType: 'ノートPC' });
	});

	it('stamps updatedAt on update', async () => {
		await store.put(sample('t'));
		clock = new Date('2026-03-02T00:00:00.000Z');
		const next = await store.update('t', (i) => i);
		expect(next.updatedAt).toBe('2026-03-02T00:00:00.000Z');
	});

	it('refuses to update a missing or damaged incident', async () => {
		await expect(store.update('none', (i) => i)).rejects.toBeInstanceOf(IncidentNotFoundError);
		await writeRaw('broken', { id: 'broken', schemaVersion: 1 });
		await expect(store.update('broken', (i) => i)).rejects.toMatchObject({ damaged: true });
		const still = await store.get('broken');
		expect(still).toMatchObject({ ok: false, raw: { id: 'broken', schemaVersion: 1 } });
	});

	it('writes nothing when the change function throws', async () => {
		await store.put(sample('c', 'before'));
		await expect(
			store.update('c', () => {
				throw new Error('oops');
			})
		).rejects.toThrow('oops');
		const read = await store.get('c');
		expect(read?.ok && read.incident.details.whatHappened).toBe('before');
	});
});

describe('what a write waits for', () => {
	it('an update never waits behind a transaction on photos and files or on unsent text', async () => {
		const incident = await store.current();
		// Another connection holds a readwrite transaction on evidence and meta (a photo being
		// stored, unsent text being kept), kept busy until this test lets it end.
		const db = await openDB('test');
		const tx = db.transaction(['evidence', 'meta'], 'readwrite');
		let busy = true;
		const keepBusy = (): unknown => busy && tx.objectStore('meta').get('busy').then(keepBusy);
		keepBusy();
		const written = await Promise.race([
			store.update(incident.id, (i) => ({ ...i, details: { ...i.details, os: 'iOS 18' } })).then(() => 'written'),
			new Promise((r) => setTimeout(() => r('waited'), 1000))
		]);
		busy = false;
		await tx.done;
		db.close();
		expect(written).toBe('written');
	});
});

describe('a full disk', () => {
	function fillDisk() {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	}

	it('rejects update with StorageFullError and keeps what was saved before', async () => {
		await store.put(sample('q', 'saved earlier'));
		fillDisk();
		await expect(
			store.update('q', (i) => ({ ...i, details: { ...i.details, whatHappened: 'lost?' } }))
		).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = realPut;
		const read = await store.get('q');
		expect(read?.ok && read.incident.details.whatHappened).toBe('saved earlier');
	});

	it('rejects put and current with StorageFullError', async () => {
		fillDisk();
		await expect(store.put(sample('p'))).rejects.toBeInstanceOf(StorageFullError);
		await expect(store.current()).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = realPut;
		expect(await store.list()).toEqual([]);
	});

	it('turns a transaction aborted for quota into StorageFullError', async () => {
		await store.put(sample('z', 'kept'));
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
			const request = realPut.apply(this, args);
			const tx = this.transaction;
			// What a browser does when the commit does not fit: the transaction aborts with QuotaExceededError.
			Object.defineProperty(tx, 'error', {
				value: new DOMException('full', 'QuotaExceededError')
			});
			tx.abort();
			return request;
		};
		await expect(store.update('z', (i) => ({ ...i, status: 'closed' }))).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = realPut;
		const read = await store.get('z');
		expect(read?.ok && read.incident.status).toBe('open');
	});
});

describe('remove', () => {
	it('deletes the incident and forgets it as current', async () => {
		await store.put(sample('r'));
		await store.setCurrent('r');
		await store.remove('r');
		expect(await store.get('r')).toBeUndefined();
		expect(await store.currentId()).toBeUndefined();
	});
});

describe('layout', () => {
	it('reopens an existing database without losing records', async () => {
		await store.put(sample('keep'));
		store.close();
		store = await open();
		expect(await store.get('keep')).toMatchObject({ ok: true });
	});
});
