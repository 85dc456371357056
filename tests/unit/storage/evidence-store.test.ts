import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newIncident } from '$lib/incident/schema';
import {
	FileTooLargeError,
	MAX_EVIDENCE_BYTES,
	StorageFullError,
	openEvidenceStore,
	openIncidentStore,
	type EvidenceRecord,
	type EvidenceStore,
	type ShodoIncidentStore
} from '$lib/storage';

const realPut = IDBObjectStore.prototype.put;
let incidents: ShodoIncidentStore;
let evidence: EvidenceStore;

function record(incidentId: string, id: string, text = 'photo bytes'): EvidenceRecord {
	const blob = new Blob([text], { type: 'image/png' });
	return { incidentId, id, name: `${id}.png`, type: 'image/png', size: blob.size, at: '2026-03-02T00:35:00.000Z', sha256: 'a'.repeat(64), blob };
}

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	incidents = await openIncidentStore('test');
	evidence = await openEvidenceStore('test');
});

afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	incidents.close();
	evidence.close();
});

describe('evidence store', () => {
	it('keeps files by incident and gives the bytes back', async () => {
		await evidence.put([record('a', 'e1', 'one'), record('a', 'e2', 'two'), record('b', 'e3', 'three')]);
		expect((await evidence.listFor('a')).map((r) => r.id).sort()).toEqual(['e1', 'e2']);
		const got = await evidence.get('a', 'e2');
		expect(await got?.blob.text()).toBe('two');
		expect((await evidence.all()).length).toBe(3);
	});

	it('deleting an incident deletes its files and no one else\'s', async () => {
		await incidents.put(newIncident('a', new Date()));
		await incidents.put(newIncident('b', new Date()));
		await evidence.put([record('a', 'e1'), record('b', 'e3')]);
		await incidents.remove('a');
		expect(await evidence.listFor('a')).toEqual([]);
		expect((await evidence.listFor('b')).map((r) => r.id)).toEqual(['e3']);
	});

	it('refuses a file over the limit before writing anything', async () => {
		const big = { ...record('a', 'big'), size: MAX_EVIDENCE_BYTES + 1 };
		await expect(evidence.put([record('a', 'e1'), big])).rejects.toBeInstanceOf(FileTooLargeError);
		expect(await evidence.all()).toEqual([]);
	});

	it('on a full disk writes none of the files and keeps those saved before', async () => {
		await evidence.put([record('a', 'before', 'kept')]);
		let calls = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
			if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return realPut.apply(this, args);
		};
		await expect(evidence.put([record('a', 'n1'), record('a', 'n2')])).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = realPut;
		const left = await evidence.listFor('a');
		expect(left.map((r) => r.id)).toEqual(['before']);
		expect(await left[0]!.blob.text()).toBe('kept');
	});

	it('upgrading a version 1 database keeps its incidents and adds the evidence store', async () => {
		globalThis.indexedDB = new IDBFactory();
		const v1 = await openDB('old', 1, {
			upgrade(db) {
				db.createObjectStore('incidents');
				db.createObjectStore('meta');
			}
		});
		await v1.put('incidents', newIncident('kept', new Date('2026-03-01T00:00:00Z')), 'kept');
		v1.close();
		const store = await openIncidentStore('old');
		const files = await openEvidenceStore('old');
		expect((await store.get('kept'))?.ok).toBe(true);
		await files.put([record('kept', 'e1')]);
		expect((await files.listFor('kept')).length).toBe(1);
		store.close();
		files.close();
	});
});
