import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { newIncident, type Incident } from '$lib/incident/schema';
import {
	MAX_RECORD_CHARS,
	MemoryIncidentStore,
	RecordTooLargeError,
	StorageFullError,
	InvalidIncidentError,
	openIncidentStore,
	type ShodoIncidentStore
} from '$lib/storage';

const realPut = IDBObjectStore.prototype.put;

function sample(id: string, text = 'ランサムノートが表示された'): Incident {
	const incident = newIncident(id, new Date('2026-03-01T00:00:00.000Z'));
	incident.details.whatHappened = text;
	return incident;
}

let n = 0;
const stores: Record<string, () => Promise<ShodoIncidentStore>> = {
	indexeddb: () => openIncidentStore('reliability', { newId: () => `inc-${++n}` }),
	memory: async () => new MemoryIncidentStore({ newId: () => `inc-${++n}` })
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	n = 0;
});
afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	vi.resetModules();
});

describe.each(Object.keys(stores))('%s store: the same promises', (kind) => {
	it('refuses an invalid write and an oversized record, and keeps what was there', async () => {
		const store = await stores[kind]!();
		await store.put(sample('a'));
		await expect(store.put({ ...sample('a'), status: 'lost' } as unknown as Incident)).rejects.toBeInstanceOf(InvalidIncidentError);
		const huge = sample('a');
		huge.timeline = Array.from({ length: 4 }, (_, i) => ({ id: `t${i}`, at: huge.createdAt, text: 'あ'.repeat(900_000), kind: 'done' as const }));
		await expect(store.put(huge)).rejects.toBeInstanceOf(RecordTooLargeError);
		await expect(store.update('a', () => huge)).rejects.toBeInstanceOf(RecordTooLargeError);
		const kept = await store.get('a');
		expect(kept?.ok && kept.incident.details.whatHappened).toBe('ランサムノートが表示された');
		expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_RECORD_CHARS);
		store.close();
	});

	it('hands out copies: changing what it returned changes nothing stored', async () => {
		const store = await stores[kind]!();
		const saved = await store.put(sample('a'));
		saved.details.whatHappened = 'changed by a caller';
		const read = await store.get('a');
		if (!read?.ok) throw new Error('not stored');
		read.incident.timeline.push({ id: 'x', at: saved.createdAt, text: 'x', kind: 'done' });
		const again = await store.get('a');
		expect(again?.ok && again.incident.details.whatHappened).toBe('ランサムノートが表示された');
		expect(again?.ok && again.incident.timeline).toEqual([]);
		store.close();
	});

	it('keeps a damaged record readable for the list and export', async () => {
		const store = await stores[kind]!();
		await store.putRaw('dmg', { schemaVersion: 1, id: 'dmg', details: 7 });
		const list = await store.list();
		expect(list).toHaveLength(1);
		expect(list[0]!.ok).toBe(false);
		store.close();
	});

	it('imports all or nothing', async () => {
		const store = await stores[kind]!();
		await store.put(sample('mine', '元からある記録'));
		const plan = { put: [sample('b'), { ...sample('c'), status: 'nope' } as unknown as Incident], putRaw: [] };
		await expect(store.importAll(plan)).rejects.toBeInstanceOf(InvalidIncidentError);
		expect((await store.list()).map((s) => (s.ok ? s.incident.id : s.id))).toEqual(['mine']);
		const progress: number[] = [];
		await store.importAll({ put: [sample('b'), sample('c')], putRaw: [{ id: 'd', raw: { broken: true } }] }, (done) => progress.push(done));
		expect((await store.list()).length).toBe(4);
		expect(progress.at(-1)).toBe(3);
		store.close();
	});

	it('opens the incident a tab works on, or the current one when it is gone', async () => {
		const store = await stores[kind]!();
		const first = await store.current();
		await store.put(sample('other'));
		expect((await store.open('other')).id).toBe('other');
		expect((await store.open('gone')).id).toBe(first.id);
		store.close();
	});
});

describe('IndexedDB store', () => {
	it('leaves the device exactly as it was when the disk fills during an import, and says so', async () => {
		const store = await stores.indexeddb!();
		await store.put(sample('mine', '元からある記録'));
		let calls = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (++calls > 2) throw new DOMException('full', 'QuotaExceededError');
			return realPut.apply(this, args);
		};
		const ten = Array.from({ length: 10 }, (_, i) => sample(`imp-${i}`));
		await expect(store.importAll({ put: ten, putRaw: [] })).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = realPut;
		const ids = (await store.list()).map((s) => (s.ok ? s.incident.id : s.id));
		expect(ids).toEqual(['mine']);
		store.close();
	});

	it('deletes a record stored under a numeric key', async () => {
		const store = await stores.indexeddb!();
		const db = await openDB('reliability');
		await db.put('incidents', { schemaVersion: 1, id: 5 }, 5 as unknown as string);
		db.close();
		const list = await store.list();
		expect(list.map((s) => (s.ok ? s.incident.id : s.id))).toEqual(['5']);
		await store.remove('5');
		expect(await store.list()).toEqual([]);
		store.close();
	});

	it('tells other tabs about a write over BroadcastChannel', async () => {
		const a = await stores.indexeddb!();
		const b = await openIncidentStore('reliability');
		const heard: (string | null)[] = [];
		b.onChange((id) => heard.push(id));
		await a.put(sample('x'));
		await a.update('x', (i) => ({ ...i, status: 'closed' }));
		await vi.waitFor(() => expect(heard).toEqual(['x', 'x']));
		a.close();
		b.close();
	});
});

describe('getIncidentStore', () => {
	it('goes on in memory when IndexedDB cannot be opened', async () => {
		const open = vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		const { getIncidentStore } = await import('$lib/storage');
		const store = await getIncidentStore();
		expect(store.persistent).toBe(false);
		const incident = await store.current();
		await store.update(incident.id, (i) => ({ ...i, details: { ...i.details, os: 'Android 15' } }));
		const again = await getIncidentStore();
		expect(again).toBe(store);
		const read = await again.get(incident.id);
		expect(read?.ok && read.incident.details.os).toBe('Android 15');
		open.mockRestore();
	});

	it('goes on in memory when opening stays blocked by a tab holding an older layout', async () => {
		// A connection that never closes on versionchange, as an old tab of the app would hold.
		const held = await openDB('held', 1);
		const realOpen = globalThis.indexedDB.open.bind(globalThis.indexedDB);
		const open = vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => realOpen('held', 2));
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const { getIncidentStore, OPEN_BLOCKED_MS } = await import('$lib/storage');
			let store: ShodoIncidentStore | undefined;
			void getIncidentStore().then((s) => (store = s));
			// Let fake-indexeddb report the open as blocked (it uses setImmediate, not faked here).
			for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
			await vi.advanceTimersByTimeAsync(OPEN_BLOCKED_MS - 500);
			expect(store).toBeUndefined();
			await vi.advanceTimersByTimeAsync(1000);
			expect(store?.persistent).toBe(false);
		} finally {
			vi.useRealTimers();
			open.mockRestore();
			held.close();
		}
	});
});
