import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';
import { IncidentsPage, LAST_EXPORT_KEY } from '../../../../src/routes/incidents/incidents-page.svelte';
import { ransomCase } from '../../../fixtures/incidents';

let store: ShodoIncidentStore;
let n = 0;
const newId = () => `new-${++n}`;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	n = 0;
	store = await openIncidentStore('page-test', { newId });
});
afterEach(() => store.close());

describe('IncidentsPage', () => {
	it('lists valid and damaged records, and exports both', async () => {
		await store.put(ransomCase());
		const db = await openDB('page-test');
		await db.put('incidents', { id: 'broken', schemaVersion: 1 }, 'broken');
		db.close();
		const page = new IncidentsPage(store);
		await page.refresh();
		expect(page.stored.map((s) => s.ok)).toEqual([true, false]);
		const file = JSON.parse(page.exportFile(new Date('2026-03-03T00:00:00Z')).text);
		expect(file.incidents).toHaveLength(2);
		expect(file.incidents[1]).toMatchObject({ damaged: true, id: 'broken', raw: { id: 'broken', schemaVersion: 1 } });
	});

	it('remembers the date of the last export across pages, and survives a meta store that refuses', async () => {
		const meta = new Map<string, string>();
		const storage = { getItem: (k: string) => meta.get(k) ?? null, setItem: (k: string, v: string) => void meta.set(k, v) };
		const first = new IncidentsPage(store, { meta: storage });
		expect(first.lastExportAt).toBeUndefined();
		first.markExported(new Date('2026-03-03T00:00:00Z'));
		expect(first.notice).toEqual({ kind: 'exported', skipped: [] });
		expect(meta.get(LAST_EXPORT_KEY)).toBe('2026-03-03T00:00:00.000Z');
		expect(new IncidentsPage(store, { meta: storage }).lastExportAt).toBe('2026-03-03T00:00:00.000Z');

		meta.set(LAST_EXPORT_KEY, 'garbage');
		expect(new IncidentsPage(store, { meta: storage }).lastExportAt).toBeUndefined();
		const full = new IncidentsPage(store, {
			meta: {
				getItem: () => null,
				setItem: () => {
					throw new DOMException('full', 'QuotaExceededError');
				}
			}
		});
		full.markExported(new Date('2026-03-04T00:00:00Z'));
		expect(full.lastExportAt).toBe('2026-03-04T00:00:00.000Z');
	});

	it('changes nothing for a bad file and says why', async () => {
		await store.put(ransomCase());
		const page = new IncidentsPage(store);
		await page.refresh();
		await page.importText('{"format":"shodo-navi-export","version":1,"exportedAt":"2026-03-03T00:00:00Z","incidents":[{"id":"x"}]}', newId);
		expect(page.notice).toMatchObject({ kind: 'problem', problem: { kind: 'invalid-incident', index: 1, id: 'x' } });
		expect(await store.list()).toHaveLength(1);
	});

	it('asks about a conflict, then keeps both when told to', async () => {
		const mine = ransomCase();
		mine.details.os = 'Windows 10';
		await store.put(mine);
		const page = new IncidentsPage(store);
		await page.refresh();
		const theirs = new IncidentsPage(store);
		theirs.stored = [{ ok: true, incident: ransomCase() }];
		const text = theirs.exportFile(new Date('2026-03-03T00:00:00Z')).text;

		await page.importText(text, newId);
		expect(page.pendingImport?.conflicts.map((c) => c.id)).toEqual(['case-1']);
		expect(page.choices).toEqual({ 'case-1': 'keep-mine' });
		// Nothing is written while the question is open.
		expect(await store.list()).toHaveLength(1);

		page.choices['case-1'] = 'keep-both';
		await page.resolveImport(newId);
		const ids = (await store.list()).map((s) => (s.ok ? `${s.incident.id}:${s.incident.details.os}` : s.id)).sort();
		expect(ids).toEqual(['case-1:Windows 10', 'new-1:Windows 11']);
		expect(page.notice).toEqual({ kind: 'imported', count: 1 });
	});

	it('replaces only when told to, and starts a new incident as current', async () => {
		const mine = ransomCase();
		mine.details.os = 'Windows 10';
		await store.put(mine);
		const page = new IncidentsPage(store);
		await page.refresh();
		const other = new IncidentsPage(store);
		other.stored = [{ ok: true, incident: ransomCase() }];
		await page.importText(other.exportFile(new Date()).text, newId);
		page.choices['case-1'] = 'replace';
		await page.resolveImport(newId);
		const read = await store.get('case-1');
		expect(read?.ok && read.incident.details.os).toBe('Windows 11');

		await page.startNew();
		expect(page.currentId).toBe('new-1');
		await page.setStatus('case-1', 'closed');
		const closed = await store.get('case-1');
		expect(closed?.ok && closed.incident.status).toBe('closed');
		await page.remove('case-1');
		expect(page.stored.map((s) => (s.ok ? s.incident.id : s.id))).toEqual(['new-1']);
	});
});

describe('IncidentsPage: a notice comes with the list it speaks of', () => {
	/** The store, whose list from its `from`-th reading on is held until `release` (a slow device reading the records back). */
	function slowList(from: number) {
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		let calls = 0;
		const slow = new Proxy(store, {
			get(target, key) {
				if (key === 'list')
					return async () => {
						if (++calls >= from) await held;
						return target.list();
					};
				const value = Reflect.get(target, key, target);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		return { slow, release };
	}

	it('"imported" is said only once the list shows the record, and "deleted" only once it is gone', async () => {
		// The import reads the list once to find conflicts, and again to show the result.
		const { slow, release } = slowList(2);
		const page = new IncidentsPage(slow);
		const other = new IncidentsPage(store);
		other.stored = [{ ok: true, incident: ransomCase() }];
		const importing = page.importText(other.exportFile(new Date()).text, newId);
		await expect.poll(async () => (await store.list()).length).toBe(1);
		// Written, but the list is still being read: nothing is said over the empty list.
		expect(page.notice).toBeUndefined();
		expect(page.stored).toEqual([]);
		release();
		await importing;
		expect(page.notice).toEqual({ kind: 'imported', count: 1 });
		expect(page.stored).toHaveLength(1);

		const held = slowList(1);
		const second = new IncidentsPage(held.slow);
		second.stored = page.stored;
		const removing = second.remove('case-1');
		await expect.poll(async () => (await store.list()).length).toBe(0);
		expect(second.notice).toBeUndefined();
		held.release();
		await removing;
		expect(second.notice).toEqual({ kind: 'deleted' });
		expect(second.stored).toEqual([]);
	});
});

describe('IncidentsPage: a profile in the imported file', () => {
	async function setup() {
		const { profileTransfer, saveProfile, loadProfile } = await import('$lib/profile/store');
		const { buildExport } = await import('$lib/incident/transfer');
		const { profileWith, OTASUKETAI, MANAGER } = await import('../../../fixtures/profiles');
		const mine = profileWith('organisation', { manager: MANAGER });
		const theirs = profileWith('organisation', { otasuketai: OTASUKETAI });
		const file = (profile: unknown) => JSON.stringify(buildExport([], new Date('2026-06-02T00:00:00Z'), profile));
		const page = new IncidentsPage(store, { profile: profileTransfer('profile-test') });
		return { page, mine, theirs, file, save: (p: typeof mine) => saveProfile(p, 'profile-test'), stored: () => loadProfile('profile-test') };
	}

	it('asks which to keep when the device has another one; keeping mine loses nothing, and says so', async () => {
		const { page, mine, theirs, file, save, stored } = await setup();
		await save(mine);
		await page.importText(file(theirs), newId);
		expect(page.pendingImport?.profile).toEqual({ mine, theirs });
		expect(page.pendingImport?.conflicts).toEqual([]);
		expect(page.profileChoice).toBe('keep-mine');
		await page.resolveImport(newId);
		expect(await stored()).toEqual({ ok: true, profile: mine });
		expect(page.notice).toEqual({ kind: 'imported', count: 0, profile: 'kept' });
	});

	it('uses the imported one when the user chooses it', async () => {
		const { page, mine, theirs, file, save, stored } = await setup();
		await save(mine);
		await page.importText(file(theirs), newId);
		page.profileChoice = 'use-theirs';
		await page.resolveImport(newId);
		expect(await stored()).toEqual({ ok: true, profile: theirs });
		expect(page.notice).toEqual({ kind: 'imported', count: 0, profile: 'replaced' });
	});

	it('asks nothing for the same profile or on a device without one; a malformed profile is named and changes nothing', async () => {
		const { page, mine, theirs, file, save, stored } = await setup();
		await page.importText(file(theirs), newId);
		expect(page.pendingImport).toBeUndefined();
		expect(page.notice).toEqual({ kind: 'imported', count: 0, profile: 'saved' });
		await page.importText(file(theirs), newId);
		expect(page.pendingImport).toBeUndefined();
		expect(page.notice).toEqual({ kind: 'imported', count: 0 });
		await save(mine);
		await page.importText(file({ schemaVersion: 1, kind: 'robot' }), newId);
		expect(page.pendingImport).toBeUndefined();
		expect(page.notice).toEqual({ kind: 'imported', count: 0, profile: 'invalid' });
		expect(await stored()).toEqual({ ok: true, profile: mine });
	});
});
