import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEvidenceStore, openIncidentStore, type EvidenceStore, type ShodoIncidentStore } from '$lib/storage';
import { sha256Hex } from '$lib/browser/hash';
import { IncidentsPage } from '../../../../src/routes/incidents/incidents-page.svelte';
import { ransomCase } from '../../../fixtures/incidents';

let store: ShodoIncidentStore;
let evidence: EvidenceStore;
let n = 0;
const newId = () => `new-${++n}`;
const photo = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7) % 251));

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	n = 0;
	store = await openIncidentStore('archive-test', { newId });
	evidence = await openEvidenceStore('archive-test');
});
afterEach(() => {
	store.close();
	evidence.close();
});

async function seedWithPhoto() {
	const incident = ransomCase();
	const sha256 = await sha256Hex(photo);
	incident.timeline.push({ id: 't9', at: '2026-03-02T00:35:00.000Z', text: 'ransom.png', kind: 'seen', evidence: { id: 'e1', name: 'ransom.png', type: 'image/png', size: photo.length, sha256 } });
	await store.put(incident);
	await evidence.put([{ incidentId: incident.id, id: 'e1', name: 'ransom.png', type: 'image/png', size: photo.length, at: incident.timeline.at(-1)!.at, sha256, blob: new Blob([photo]) }]);
	return { incident, sha256 };
}

describe('IncidentsPage with photos', () => {
	it('exports JSON alone when no photo is kept, and one archive when one is', async () => {
		await store.put(ransomCase());
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		expect(await page.exportArchive(new Date())).toBeUndefined();
	});

	it('round-trips through the archive onto a cleared device, and keep-both copies the photo to the new incident', async () => {
		const { sha256 } = await seedWithPhoto();
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		const { bytes: zip, skipped } = (await page.exportArchive(new Date('2026-03-03T00:00:00Z')))!;
		expect(skipped).toEqual([]);

		// The same device: a changed copy is a conflict; keep both gives a new id with its own photo.
		await store.update('case-1', (i) => ({ ...i, details: { ...i.details, os: 'Windows 10' } }));
		await page.importBytes(zip, newId);
		expect(page.pendingImport?.conflicts.map((c) => c.id)).toEqual(['case-1']);
		page.choices = { 'case-1': 'keep-both' };
		await page.resolveImport(newId);
		const copy = await evidence.listFor('new-1');
		expect(copy.map((r) => r.sha256)).toEqual([sha256]);
		expect(await sha256Hex(copy[0]!.blob)).toBe(sha256);
		expect((await evidence.listFor('case-1')).length).toBe(1);
	});

	it('a damaged archive is refused and writes nothing', async () => {
		await seedWithPhoto();
		const page = new IncidentsPage(store, { evidence });
		await page.refresh();
		const { bytes: zip } = (await page.exportArchive(new Date()))!;
		await store.remove('case-1');
		expect(await evidence.all()).toEqual([]);
		await page.importBytes(zip.slice(0, zip.length - 40), newId);
		expect(page.notice).toEqual({ kind: 'problem', problem: { kind: 'bad-archive' } });
		expect(await store.list()).toEqual([]);
		expect(await evidence.all()).toEqual([]);
	});
});
