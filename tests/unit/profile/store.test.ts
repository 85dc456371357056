import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIncidentStore, readMeta, writeMeta } from '$lib/storage';
import { loadProfile, prefillFrom, profilePrefill, saveProfile, InvalidProfileError } from '$lib/profile/store';
import { openTabIncident, type TabIncident } from '$lib/incident/tab';
import { PROFILE_KEY } from '$lib/profile/schema';
import { profileWith, OTASUKETAI } from '../../fixtures/profiles';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('profile store', () => {
	it('saves and loads the profile in the meta store, beside the incidents', async () => {
		expect(await loadProfile('t')).toBeUndefined();
		const p = profileWith('organisation', { otasuketai: OTASUKETAI });
		await saveProfile(p, 't');
		expect(await loadProfile('t')).toEqual({ ok: true, profile: p });
		expect(await readMeta(PROFILE_KEY, 't')).toEqual(p);
	});

	it('refuses to write an invalid profile and keeps the stored one', async () => {
		const p = profileWith('individual');
		await saveProfile(p, 't');
		await expect(saveProfile({ ...p, prefecture: 'nowhere' } as never, 't')).rejects.toBeInstanceOf(InvalidProfileError);
		expect(await loadProfile('t')).toEqual({ ok: true, profile: p });
	});

	it('reports a damaged profile with the raw record, never drops it', async () => {
		await writeMeta(PROFILE_KEY, { schemaVersion: 1, kind: 'robot' }, 't');
		const read = await loadProfile('t');
		expect(read?.ok).toBe(false);
		expect(await readMeta(PROFILE_KEY, 't')).toEqual({ schemaVersion: 1, kind: 'robot' });
	});

	it('prefills a new incident once, and never a touched one', async () => {
		let t = 0;
		const store = await openIncidentStore('t', { newId: () => 'inc-1', now: () => new Date(Date.UTC(2026, 5, 1, 0, 0, t++)) });
		const p = profileWith('organisation', {}, { usual: { deviceType: 'PC', os: 'Windows 11', securitySoftware: '', cloudServices: 'M365' } });
		const prefill = async () => prefillFrom(p);
		const { incident: first } = await openTabIncident(store, { prefill });
		expect(first.details).toMatchObject({ deviceType: 'PC', os: 'Windows 11', securitySoftware: '', cloudServices: 'M365' });
		await store.update('inc-1', (i) => ({ ...i, details: { ...i.details, os: '' } }));
		const { incident: again } = await openTabIncident(store, { prefill });
		expect(again.details.os).toBe('');
		expect((await store.current()).details.os).toBe('');
		store.close();
	});

	it('without a profile there is no prefill, and the incident opens untouched', async () => {
		expect(prefillFrom(undefined)).toBeUndefined();
		expect(await profilePrefill('t')).toBeUndefined();
		const store = await openIncidentStore('t', { newId: () => 'inc-1' });
		const { incident } = await openTabIncident(store, { prefill: () => profilePrefill('t') });
		expect(incident.createdAt).toBe(incident.updatedAt);
		store.close();
	});

	it('prefills the incident the tab opened, not whichever is current', async () => {
		let n = 0;
		const store = await openIncidentStore('t', { newId: () => `inc-${++n}`, now: () => new Date(Date.UTC(2026, 5, 1)) });
		const p = profileWith('organisation', {}, { usual: { deviceType: 'PC', os: 'Windows 11', securitySoftware: '', cloudServices: '' } });
		await saveProfile(p, 't');
		const tabs = await store.current();
		// Another tab started a new incident since: it is now the current one.
		await store.setCurrent(null);
		const other = await store.current();
		expect(other.id).not.toBe(tabs.id);
		let id: string | undefined = tabs.id;
		const tab: TabIncident = { get: () => id, set: (v) => (id = v) };
		const { incident } = await openTabIncident(store, { tab, prefill: () => profilePrefill('t') });
		expect(incident.id).toBe(tabs.id);
		expect(incident.details.os).toBe('Windows 11');
		expect((await store.current()).details.os).toBe('');
		store.close();
	});
});

describe('the profile in export and import', () => {
	it('goes out with the incidents and comes back in, only onto a device without one', async () => {
		const { buildExport } = await import('$lib/incident/transfer');
		const { parseImport } = await import('$lib/incident/transfer-read');
		const { profileTransfer } = await import('$lib/profile/store');
		const p = profileWith('organisation', { otasuketai: OTASUKETAI });
		await saveProfile(p, 'from');
		const file = JSON.stringify(buildExport([], new Date('2026-06-01T00:00:00.000Z'), await profileTransfer('from').read()));
		const parsed = parseImport(file);
		expect(parsed.ok && parsed.contents.profile).toEqual(p);
		if (!parsed.ok) return;

		const to = profileTransfer('to');
		expect(await to.importRaw(parsed.contents.profile)).toBe('saved');
		expect(await loadProfile('to')).toEqual({ ok: true, profile: p });
		const mine = profileWith('individual');
		await saveProfile(mine, 'mine');
		expect(await profileTransfer('mine').importRaw(parsed.contents.profile)).toBe('kept');
		expect(await loadProfile('mine')).toEqual({ ok: true, profile: mine });
		expect(await profileTransfer('x').importRaw({ schemaVersion: 1, kind: 'robot' })).toBe('invalid');
		expect(await loadProfile('x')).toBeUndefined();
	});

	it('leaves an export without a profile as it was', async () => {
		const { buildExport } = await import('$lib/incident/transfer');
		const { parseImport } = await import('$lib/incident/transfer-read');
		const out = buildExport([], new Date('2026-06-01T00:00:00.000Z'));
		expect('profile' in out).toBe(false);
		const parsed = parseImport(JSON.stringify(out));
		expect(parsed.ok && 'profile' in parsed.contents).toBe(false);
	});
});
