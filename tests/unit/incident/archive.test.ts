import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256Hex } from '$lib/browser/hash';
import { ARCHIVE_JSON, buildArchive, fileKey, isArchive, parseArchive } from '$lib/incident/archive';
import { buildExport } from '$lib/incident/transfer';
import { parseImport } from '$lib/incident/transfer-read';
import type { Incident } from '$lib/incident/schema';
import { NOW, ransomCase } from '../../fixtures/incidents';

const photo = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256));

async function withPhoto(): Promise<Incident> {
	const incident = ransomCase();
	incident.timeline.push({
		id: 't5',
		at: '2026-03-02T00:35:00.000Z',
		text: 'ransom.png',
		kind: 'seen',
		evidence: { id: 'ev-1', name: 'ransom.png', type: 'image/png', size: photo.length, sha256: await sha256Hex(photo) }
	});
	return incident;
}

async function archive(incident: Incident, bytes = photo): Promise<Uint8Array> {
	return buildArchive(buildExport([{ ok: true, incident }], NOW), [{ incidentId: incident.id, id: 'ev-1', name: 'ransom.png', bytes }]);
}

/** Rewrites one entry of a ZIP, keeping the rest. */
function rezip(zip: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
	const entries = unzipSync(zip);
	change(entries);
	return zipSync(entries);
}

describe('archive', () => {
	it('round-trips incidents and their photos, byte for byte', async () => {
		const incident = await withPhoto();
		const zip = await archive(incident);
		expect(isArchive(zip)).toBe(true);
		const result = await parseArchive(zip);
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		expect(result.contents.incidents).toEqual([incident]);
		const ref = incident.timeline.at(-1)!.evidence!;
		expect(result.files.get(fileKey(ref.id, ref.sha256))).toEqual(photo);
	});

	it('holds today\'s JSON export unchanged, so parseImport reads it alone', async () => {
		const incident = await withPhoto();
		const json = strFromU8(unzipSync(await archive(incident))[ARCHIVE_JSON]!);
		const parsed = parseImport(json);
		expect(parsed.ok && parsed.contents.incidents).toEqual([incident]);
	});

	it('a JSON export is not taken for an archive', () => {
		expect(isArchive(strToU8(JSON.stringify(buildExport([{ ok: true, incident: ransomCase() }], NOW))))).toBe(false);
	});

	it('refuses a truncated or garbled archive', async () => {
		const zip = await archive(await withPhoto());
		expect(await parseArchive(zip.slice(0, zip.length / 2))).toEqual({ ok: false, problem: { kind: 'bad-archive' } });
		expect(await parseArchive(strToU8('PK\u0003\u0004 not a zip at all'))).toEqual({ ok: false, problem: { kind: 'bad-archive' } });
	});

	it('refuses a photo whose bytes changed (wrong hash), naming the file', async () => {
		const changed = photo.slice();
		changed[100] = changed[100]! ^ 0xff;
		const zip = await archive(await withPhoto(), changed);
		expect(await parseArchive(zip)).toEqual({ ok: false, problem: { kind: 'hash-mismatch', name: 'ransom.png' } });
	});

	it('refuses a JSON that was edited after export (manifest hash)', async () => {
		const zip = rezip(await archive(await withPhoto()), (e) => {
			e[ARCHIVE_JSON] = strToU8(strFromU8(e[ARCHIVE_JSON]!).replace('Windows 11', 'Windows 10'));
		});
		expect(await parseArchive(zip)).toEqual({ ok: false, problem: { kind: 'bad-archive' } });
	});

	it('refuses an archive missing a photo its record names', async () => {
		const zip = rezip(await archive(await withPhoto()), (e) => {
			for (const k of Object.keys(e)) if (k.startsWith('files/')) delete e[k];
		});
		expect(await parseArchive(zip)).toEqual({ ok: false, problem: { kind: 'missing-file', name: 'ransom.png' } });
	});

	it('refuses an invalid incident inside, as the JSON import does', async () => {
		const bad = { ...(await withPhoto()), status: 'lost' } as unknown as Incident;
		const result = await parseArchive(await archive(bad));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem.kind).toBe('invalid-incident');
	});
});
