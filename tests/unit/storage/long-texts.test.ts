import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newIncident, type Incident } from '$lib/incident/schema';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';
import { OWN_RECORD_CHARS, joinTexts, splitTexts } from '$lib/storage/long-texts';

const realPut = IDBObjectStore.prototype.put;
const realGet = IDBObjectStore.prototype.get;
let store: ShodoIncidentStore;
let ids = 0;

const open = () => openIncidentStore('test', { newId: () => `inc-${++ids}` });

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	ids = 0;
	store = await open();
});

afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	IDBObjectStore.prototype.get = realGet;
	store.close();
});

/** A pasted log of about 100 KB, as the bench types beside. */
const LOG = '2026-12-01 03:12:09 ERROR 認証に失敗しました user=admin\n'.repeat(2_000);

function withLog(id: string): Incident {
	const incident = newIncident(id, new Date('2026-03-01T00:00:00.000Z'));
	incident.details.whatHappened = LOG;
	incident.details.whySuspected = '画面に身代金の要求';
	return incident;
}

/** What the database holds, read past the store. */
async function onDisk(): Promise<{ incidents: Record<string, unknown>; texts: { id: string; field: string; version: string; text: string }[] }> {
	const db = await openDB('test');
	const keys = await db.getAllKeys('incidents');
	const incidents = Object.fromEntries(await Promise.all(keys.map(async (k) => [String(k), await db.get('incidents', k)])));
	const texts = await db.getAll('texts');
	db.close();
	return { incidents, texts };
}

/** Counts the requests made on the `texts` object store from now on. */
function countTexts() {
	const counts = { put: 0, get: 0 };
	IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
		if (this.name === 'texts') counts.put++;
		return realPut.apply(this, args);
	};
	IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
		if (this.name === 'texts') counts.get++;
		return realGet.apply(this, args);
	};
	return counts;
}

describe('a long detail text is kept apart from its incident', () => {
	it('stores the log in its own record and hands back the incident whole', async () => {
		await store.put(withLog('a'));
		const disk = await onDisk();
		const record = disk.incidents.a as Incident & { textRefs: Record<string, string> };
		expect(record.details.whatHappened).toBe('');
		expect(record.details.whySuspected).toBe('画面に身代金の要求');
		expect(disk.texts).toEqual([{ id: 'a', field: 'whatHappened', version: record.textRefs.whatHappened, text: LOG }]);
		const read = await store.get('a');
		expect(read?.ok && read.incident.details.whatHappened).toBe(LOG);
		expect(read?.ok && 'textRefs' in read.incident).toBe(false);
		expect((await store.list()).map((s) => s.ok && s.incident.details.whatHappened)).toEqual([LOG]);
	});

	it('typing in another field neither reads nor writes the log again', async () => {
		await store.put(withLog('a'));
		const counts = countTexts();
		for (const typed of ['画', '画面', '画面に']) {
			await store.update('a', (i) => ({ ...i, details: { ...i.details, whySuspected: typed } }));
		}
		expect(counts).toEqual({ put: 0, get: 0 });
		const read = await store.get('a');
		expect(read?.ok && read.incident.details).toMatchObject({ whatHappened: LOG, whySuspected: '画面に' });
	});

	it('writes the log again when it changes, under a new version', async () => {
		await store.put(withLog('a'));
		const before = (await onDisk()).texts[0]!.version;
		const counts = countTexts();
		await store.update('a', (i) => ({ ...i, details: { ...i.details, whatHappened: i.details.whatHappened + '追記' } }));
		expect(counts.put).toBe(1);
		const { texts } = await onDisk();
		expect(texts).toHaveLength(1);
		expect(texts[0]!.version).not.toBe(before);
		expect(texts[0]!.text).toBe(LOG + '追記');
	});

	it('reads the log afresh when another tab changed it', async () => {
		await store.put(withLog('a'));
		await store.get('a');
		const other = await open();
		await other.update('a', (i) => ({ ...i, details: { ...i.details, whatHappened: '別のタブで書き換えた' + LOG } }));
		other.close();
		// This tab still knows the old text; the version on disk tells it the text changed.
		const saved = await store.update('a', (i) => ({ ...i, details: { ...i.details, os: 'Windows 11' } }));
		expect(saved.details.whatHappened).toBe('別のタブで書き換えた' + LOG);
		const read = await store.get('a');
		expect(read?.ok && read.incident.details).toMatchObject({ whatHappened: '別のタブで書き換えた' + LOG, os: 'Windows 11' });
	});

	it('puts a text shortened below the limit back inside the record, and removes the other', async () => {
		await store.put(withLog('a'));
		await store.update('a', (i) => ({ ...i, details: { ...i.details, whatHappened: '短くした' } }));
		const disk = await onDisk();
		expect(disk.texts).toEqual([]);
		expect((disk.incidents.a as Incident).details.whatHappened).toBe('短くした');
		expect('textRefs' in (disk.incidents.a as object)).toBe(false);
	});

	it('deleting the incident deletes its texts; another incident keeps its own', async () => {
		await store.put(withLog('a'));
		await store.put(withLog('b'));
		await store.remove('a');
		expect((await onDisk()).texts.map((t) => t.id)).toEqual(['b']);
	});

	it('a record stored before texts were kept apart is read as it is, and split on its next write', async () => {
		const db = await openDB('test');
		await db.put('incidents', withLog('old'), 'old');
		db.close();
		const read = await store.get('old');
		expect(read?.ok && read.incident.details.whatHappened).toBe(LOG);
		await store.update('old', (i) => ({ ...i, details: { ...i.details, os: 'macOS' } }));
		expect((await onDisk()).texts.map((t) => [t.id, t.field, t.text.length])).toEqual([['old', 'whatHappened', LOG.length]]);
	});

	it('a record whose text is missing reads as damaged, kept for the list and export, never as empty', async () => {
		await store.put(withLog('a'));
		const db = await openDB('test');
		await db.clear('texts');
		db.close();
		store.close();
		store = await open(); // a tab that never saw the text
		const read = await store.get('a');
		expect(read?.ok).toBe(false);
		expect((await store.list()).map((s) => s.ok)).toEqual([false]);
		await expect(store.update('a', (i) => i)).rejects.toThrow(/damaged/);
	});

	it('an import replaces the record whole and drops the texts kept apart for it', async () => {
		await store.put(withLog('a'));
		const replaced = newIncident('a', new Date('2026-03-02T00:00:00.000Z'));
		replaced.details.whatHappened = '読み込んだ記録';
		await store.importAll({ put: [replaced], putRaw: [] });
		expect((await onDisk()).texts).toEqual([]);
		const read = await store.get('a');
		expect(read?.ok && read.incident.details.whatHappened).toBe('読み込んだ記録');
	});
});

describe('splitTexts and joinTexts', () => {
	it('take out exactly the texts at the limit or over, and put them back as they were', () => {
		const incident = newIncident('x', new Date('2026-03-01T00:00:00.000Z'));
		incident.details.os = 'a'.repeat(OWN_RECORD_CHARS - 1);
		incident.details.whatHappened = 'b'.repeat(OWN_RECORD_CHARS);
		let n = 0;
		const { record, write } = splitTexts(incident, () => undefined, () => `v${++n}`);
		expect(write.map((t) => t.field)).toEqual(['whatHappened']);
		expect(record.details.os).toBe(incident.details.os);
		expect(joinTexts(record, { whatHappened: incident.details.whatHappened })).toEqual(incident);
	});
});
