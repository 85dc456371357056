import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEvidenceStore, openIncidentStore, type EvidenceStore, type ShodoIncidentStore } from '$lib/storage';
import { sha256Hex } from '$lib/browser/hash';
import { isLocked } from '$lib/incident/locked';
import { IncidentsPage } from '../../../../src/routes/incidents/incidents-page.svelte';
import { ransomCase } from '../../../fixtures/incidents';

let n = 0;
const newId = () => `new-${++n}`;
const PASS = 'correct horse 電池';
const photo = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7) % 251));
const opened: { close(): void }[] = [];

async function device(name: string): Promise<{ store: ShodoIncidentStore; evidence: EvidenceStore }> {
	const store = await openIncidentStore(name, { newId });
	const evidence = await openEvidenceStore(name);
	opened.push(store, evidence);
	return { store, evidence };
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	n = 0;
});
afterEach(() => {
	for (const o of opened.splice(0)) o.close();
});

/** An export locked on one device, with a photo. */
async function lockedExport() {
	const { store, evidence } = await device('from');
	const incident = ransomCase();
	const sha256 = await sha256Hex(photo);
	incident.timeline.push({ id: 't9', at: '2026-03-02T00:35:00.000Z', text: 'ransom.png', kind: 'seen', evidence: { id: 'e1', name: 'ransom.png', type: 'image/png', size: photo.length, sha256 } });
	await store.put(incident);
	await evidence.put([{ incidentId: incident.id, id: 'e1', name: 'ransom.png', type: 'image/png', size: photo.length, at: incident.timeline.at(-1)!.at, sha256, blob: new Blob([photo]) }]);
	const page = new IncidentsPage(store, { evidence });
	await page.refresh();
	const { bytes } = await page.exportLocked(new Date(), PASS);
	return { incident, bytes };
}

describe('IncidentsPage with a locked export', () => {
	it('round-trips to another device: the incident and its photo', async () => {
		const { incident, bytes } = await lockedExport();
		expect(isLocked(bytes)).toBe(true);
		const { store, evidence } = await device('to');
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		page.receiveLocked(bytes);
		expect(await page.unlockAndImport(PASS, newId)).toBe(true);
		expect(page.notice).toEqual({ kind: 'imported', count: 1 });
		expect(page.stored.map((s) => s.ok && s.incident)).toEqual([incident]);
		expect(new Uint8Array(await (await evidence.get(incident.id, 'e1'))!.blob.arrayBuffer())).toEqual(photo);
	});

	it('a wrong passphrase writes nothing, says so, and lets the person try again', async () => {
		const { bytes } = await lockedExport();
		const { store, evidence } = await device('to');
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		page.receiveLocked(bytes);
		expect(await page.unlockAndImport('wrong passphrase', newId)).toBe(false);
		expect(page.notice).toEqual({ kind: 'unlock-failed', problem: 'wrong-passphrase-or-changed' });
		expect((await store.list()).length + (await evidence.all()).length).toBe(0);
		expect(page.locked).toBe(bytes);
		expect(await page.unlockAndImport(PASS, newId)).toBe(true);
		expect((await store.list()).length).toBe(1);
	});

	it('a changed file is refused, with nothing written', async () => {
		const { bytes } = await lockedExport();
		const changed = bytes.slice();
		changed[changed.length - 40] = changed[changed.length - 40]! ^ 0x80;
		const { store, evidence } = await device('to');
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		page.receiveLocked(changed);
		expect(await page.unlockAndImport(PASS, newId)).toBe(false);
		expect(page.notice).toEqual({ kind: 'unlock-failed', problem: 'wrong-passphrase-or-changed' });
		expect((await store.list()).length + (await evidence.all()).length).toBe(0);
	});
});
