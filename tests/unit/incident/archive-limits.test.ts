import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { sha256Hex } from '$lib/browser/hash';
import { ARCHIVE_JSON, ARCHIVE_MAX_ENTRIES, archiveLimit, buildArchive, parseArchive, readDirectory } from '$lib/incident/archive';
import { MAX_EVIDENCE_BYTES } from '$lib/incident/store';
import { buildExport } from '$lib/incident/transfer';
import type { Incident } from '$lib/incident/schema';
import { NOW, ransomCase } from '../../fixtures/incidents';

async function withFile(bytes: Uint8Array): Promise<Incident> {
	const incident = ransomCase();
	incident.timeline.push({
		id: 't5',
		at: '2026-03-02T00:35:00.000Z',
		text: 'ransom.png',
		kind: 'seen',
		evidence: { id: 'ev-1', name: 'ransom.png', type: 'image/png', size: bytes.length, sha256: await sha256Hex(bytes) }
	});
	return incident;
}

/** The offset of each central directory header, by entry name. */
function centralHeaders(zip: Uint8Array): Map<string, number> {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const found = new Map<string, number>();
	for (let i = 0; i + 46 < zip.length; i++) {
		if (view.getUint32(i, true) !== 0x02014b50) continue;
		const nameLength = view.getUint16(i + 28, true);
		found.set(new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)), i);
	}
	return found;
}

/** Rewrites what the central directory declares as an entry's unpacked size. */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
	const out = zip.slice();
	const at = centralHeaders(out).get(name);
	if (at === undefined) throw new Error(`no ${name}`);
	new DataView(out.buffer).setUint32(at + 24, size, true);
	return out;
}

describe('archive limits', () => {
	it('a real export of 20 photos of 19.9 MB stays under the limit derived from it', () => {
		expect(20 * 19_900_000 + 50_000_000).toBeLessThan(archiveLimit(20));
		expect(archiveLimit(20)).toBe(100_000_000 + 64_000 + 20 * MAX_EVIDENCE_BYTES);
	});

	it('refuses a JSON declared bigger than the limit, before unpacking anything', async () => {
		const zip = await buildArchive(buildExport([{ ok: true, incident: ransomCase() }], NOW), []);
		const bomb = declare(zip, ARCHIVE_JSON, 4_000_000_000);
		let progressed = 0;
		const result = await parseArchive(bomb, (done) => (progressed = done));
		expect(result).toEqual({ ok: false, problem: { kind: 'archive-too-large', limitMb: 100 } });
		expect(progressed).toBe(0);
	});

	it('stops a file that unpacks past what it declares, with a running total', async () => {
		// 30 MB of zeros deflate to about 30 KB; the directory says 5,000 bytes.
		const big = new Uint8Array(30_000_000);
		const incident = await withFile(big.subarray(0, 5000));
		const honest = await buildArchive(buildExport([{ ok: true, incident }], NOW), [{ incidentId: incident.id, id: 'ev-1', name: 'ransom.png', bytes: big }]);
		// Deflate the file (buildArchive stores photos as they are) so the stream can lie.
		const zip = zipSync({ ...unzipSync(honest), [`files/${incident.id}/ev-1/ransom.png`]: [big, { level: 9 }] } as never);
		const liar = declare(zip, `files/${incident.id}/ev-1/ransom.png`, 5000);
		let unpacked = 0;
		const result = await parseArchive(liar, (done) => (unpacked = done));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem.kind).toBe('archive-too-large');
		// Never more than one step past the declared size.
		expect(unpacked).toBeLessThan(5000 + 1_000_000 + readDirectory(liar).find((e) => e.name === ARCHIVE_JSON)!.size);
	});

	it('refuses a file declared over 20 MB', async () => {
		const bytes = new Uint8Array(1000);
		const incident = await withFile(bytes);
		const zip = await buildArchive(buildExport([{ ok: true, incident }], NOW), [{ incidentId: incident.id, id: 'ev-1', name: 'ransom.png', bytes }]);
		const result = await parseArchive(declare(zip, `files/${incident.id}/ev-1/ransom.png`, MAX_EVIDENCE_BYTES + 1));
		expect(!result.ok && result.problem.kind).toBe('archive-too-large');
	});

	it('refuses more entries than a real export holds, from the count alone', async () => {
		const zip = await buildArchive(buildExport([{ ok: true, incident: ransomCase() }], NOW), []);
		const out = zip.slice();
		const view = new DataView(out.buffer);
		let end = out.length - 22;
		while (view.getUint32(end, true) !== 0x06054b50) end--;
		view.setUint16(end + 8, ARCHIVE_MAX_ENTRIES + 1, true);
		view.setUint16(end + 10, ARCHIVE_MAX_ENTRIES + 1, true);
		const result = await parseArchive(out);
		expect(!result.ok && result.problem.kind).toBe('archive-too-large');
	});

	it('reports progress over the bytes declared, and ends at the total', async () => {
		const bytes = new Uint8Array(Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) % 251));
		const incident = await withFile(bytes);
		const zip = await buildArchive(buildExport([{ ok: true, incident }], NOW), [{ incidentId: incident.id, id: 'ev-1', name: 'ransom.png', bytes }]);
		const seen: [number, number][] = [];
		const result = await parseArchive(zip, (done, total) => seen.push([done, total]));
		expect(result.ok).toBe(true);
		const [done, total] = seen.at(-1)!;
		expect(done).toBe(total);
		expect(total).toBeGreaterThan(3_000_000);
	});
});
