import { Inflate, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '$lib/browser/hash';
import { MAX_EVIDENCE_BYTES } from './store';
import { escapeBidiJson } from '$lib/content/bidi';
import type { ExportFile, ImportContents, ImportProblem } from './transfer';
import { parseImport } from './transfer-read';

/**
 * One export file with the photos: a ZIP (fflate) holding today's JSON export unchanged, every
 * evidence file under files/<incident>/<evidence>/<name>, and a manifest with the JSON's SHA-256.
 * A ZIP's own CRC is not checked by fflate, so the hashes are what detect damage: the JSON's in
 * the manifest, each file's in its timeline entry. Import checks all of them before anything is
 * written, and goes through the same parseImport as a JSON file.
 */
export const ARCHIVE_JSON = 'shodo-navi-export.json';
export const ARCHIVE_MANIFEST = 'manifest.json';
export const ARCHIVE_FORMAT = 'shodo-navi-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveInputFile {
	incidentId: string;
	id: string;
	name: string;
	bytes: Uint8Array;
}

import { archiveFileName, fileKey, isArchive } from './archive-names';
export { archiveFileName, fileKey, isArchive };

/** Keeps a file name readable in the ZIP and safe on any disk. */
function safeName(name: string): string {
	const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120);
	return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

export async function buildArchive(exportFile: ExportFile | { text: string; exportedAt: string }, files: readonly ArchiveInputFile[]): Promise<Uint8Array> {
	// The text form is the export that left out what JSON cannot write (serialiseExport).
	const json = strToU8('text' in exportFile ? exportFile.text : escapeBidiJson(JSON.stringify(exportFile, null, 2)));
	const manifest = {
		format: ARCHIVE_FORMAT,
		version: ARCHIVE_VERSION,
		exportedAt: exportFile.exportedAt,
		json: { name: ARCHIVE_JSON, sha256: await sha256Hex(json) }
	};
	const zippable: Zippable = {
		[ARCHIVE_MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)),
		[ARCHIVE_JSON]: json
	};
	for (const f of files) {
		// Photos are compressed already: stored as they are.
		zippable[`files/${safeName(f.incidentId)}/${safeName(f.id)}/${safeName(f.name)}`] = [f.bytes, { level: 0 }];
	}
	return zipSync(zippable, { level: 6 });
}

export type ArchiveProblem =
	| { kind: 'bad-archive' }
	| { kind: 'missing-file'; name: string }
	| { kind: 'hash-mismatch'; name: string }
	/** More entries, or more bytes once unpacked, than any real export holds: refused before unpacking. */
	| { kind: 'archive-too-large'; limitMb: number };

export type ArchiveResult =
	| { ok: true; contents: ImportContents; files: Map<string, Uint8Array> }
	| { ok: false; problem: ImportProblem | ArchiveProblem };

/**
 * The limits of a real export. Its JSON: a record is at most 3,000,000 characters (storage's
 * MAX_RECORD_CHARS), and 10,000 incidents of the usual few kilobytes come to about 50 MB; 100 MB
 * keeps twice that in hand. Each photo or file is at most MAX_EVIDENCE_BYTES (20 MB), so an
 * archive may unpack to at most the JSON's limit plus 20 MB times the files its records name.
 * A ZIP bomb (1 MB that unpacks to gigabytes) is refused on what its directory declares, and
 * one that declares less than it holds is stopped by the running total while it unpacks.
 */
export const ARCHIVE_MAX_JSON_BYTES = 100_000_000;
export const ARCHIVE_MAX_MANIFEST_BYTES = 64_000;
/** Entries: the manifest, the JSON and up to 10,000 files. */
export const ARCHIVE_MAX_ENTRIES = 10_002;

export function archiveLimit(fileCount: number): number {
	return ARCHIVE_MAX_JSON_BYTES + ARCHIVE_MAX_MANIFEST_BYTES + fileCount * MAX_EVIDENCE_BYTES;
}

/** One entry as the ZIP's central directory declares it. */
export interface ArchiveEntry {
	name: string;
	/** 0: stored; 8: deflated. */
	method: number;
	compressedSize: number;
	size: number;
	/** Where the local header starts. */
	offset: number;
}

class TooLarge extends Error {}
class BadArchive extends Error {}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * Reads the central directory only: names, methods and declared sizes, without unpacking
 * anything. Refuses (TooLarge) more entries than ARCHIVE_MAX_ENTRIES before reading them.
 */
export function readDirectory(bytes: Uint8Array): ArchiveEntry[] {
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (u32(bytes, i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) throw new BadArchive();
	const count = u16(bytes, end + 10);
	// 0xffff and 0xffffffff mark ZIP64, which no export of ours needs.
	if (count === 0xffff || count > ARCHIVE_MAX_ENTRIES) throw new TooLarge();
	let at = u32(bytes, end + 16);
	const decoder = new TextDecoder();
	const entries: ArchiveEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new BadArchive();
		const nameLength = u16(bytes, at + 28);
		const entry: ArchiveEntry = {
			method: u16(bytes, at + 10),
			compressedSize: u32(bytes, at + 20),
			size: u32(bytes, at + 24),
			offset: u32(bytes, at + 42),
			name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
		};
		if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new TooLarge();
		entries.push(entry);
		at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return entries;
}

/** How many bytes unpack at a time: between steps the page can draw (the progress bar) and stop. */
const STEP = 1 << 20;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Unpacks one entry, never past its declared size: a running total stops a stream that holds
 * more than the directory said. Stored entries are views into the archive, not copies.
 */
async function unpack(bytes: Uint8Array, entry: ArchiveEntry, limit: number, progress?: (n: number) => void): Promise<Uint8Array> {
	if (entry.size > limit) throw new TooLarge();
	const at = entry.offset;
	if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new BadArchive();
	const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
	const end = start + entry.compressedSize;
	if (end > bytes.length) throw new BadArchive();
	const data = bytes.subarray(start, end);
	if (entry.method === 0) {
		if (data.length !== entry.size) throw new BadArchive();
		progress?.(data.length);
		return data;
	}
	if (entry.method !== 8) throw new BadArchive();
	const out = new Uint8Array(entry.size);
	let total = 0;
	let ended = false;
	const inflate = new Inflate((chunk, final) => {
		if (total + chunk.length > entry.size) throw new TooLarge();
		out.set(chunk, total);
		total += chunk.length;
		if (final) ended = true;
	});
	// Compressed input in small steps: 64 KB of DEFLATE unpacks to at most about 66 MB.
	const IN = 64 * 1024;
	let sinceYield = 0;
	for (let i = 0; i < data.length; i += IN) {
		const before = total;
		try {
			inflate.push(data.subarray(i, i + IN), i + IN >= data.length);
		} catch (error) {
			throw error instanceof TooLarge ? error : new BadArchive();
		}
		progress?.(total - before);
		sinceYield += total - before;
		if (sinceYield >= STEP) {
			sinceYield = 0;
			await nextTask();
		}
	}
	if (!ended || total !== entry.size) throw new BadArchive();
	return out;
}

const refused = (fileCount: number): ArchiveResult => ({
	ok: false,
	problem: { kind: 'archive-too-large', limitMb: Math.round(archiveLimit(fileCount) / 1_000_000) }
});

/**
 * Checks an archive completely: the ZIP, the manifest, the JSON (as parseImport does), every
 * file's hash. Nothing is unpacked before the directory's entry count and declared sizes are
 * within a real export's limits; only the files the records name are unpacked, one at a time.
 * `onProgress` hears the bytes unpacked so far of the total declared.
 */
export async function parseArchive(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<ArchiveResult> {
	let entries: ArchiveEntry[];
	try {
		entries = readDirectory(bytes);
	} catch (error) {
		return error instanceof TooLarge ? refused(0) : { ok: false, problem: { kind: 'bad-archive' } };
	}
	const byName = new Map(entries.map((e) => [e.name, e]));
	const manifestEntry = byName.get(ARCHIVE_MANIFEST);
	const jsonEntry = byName.get(ARCHIVE_JSON);
	if (!manifestEntry || !jsonEntry) return { ok: false, problem: { kind: 'bad-archive' } };
	// files/<incident>/<evidence>/<name>, by incident and evidence id.
	const byPath = new Map<string, ArchiveEntry>();
	for (const e of entries) {
		const parts = e.name.split('/');
		if (parts[0] === 'files' && parts.length === 4) byPath.set(`${parts[1]}/${parts[2]}`, e);
	}
	let declared = 0;
	for (const e of [manifestEntry, jsonEntry, ...byPath.values()]) declared += e.size;
	if (
		manifestEntry.size > ARCHIVE_MAX_MANIFEST_BYTES ||
		jsonEntry.size > ARCHIVE_MAX_JSON_BYTES ||
		[...byPath.values()].some((e) => e.size > MAX_EVIDENCE_BYTES) ||
		declared > archiveLimit(byPath.size)
	)
		return refused(byPath.size);

	let done = 0;
	const progress = onProgress && ((n: number) => onProgress((done += n), declared));
	try {
		const manifestBytes = await unpack(bytes, manifestEntry, ARCHIVE_MAX_MANIFEST_BYTES, progress);
		let manifest: unknown;
		try {
			manifest = JSON.parse(strFromU8(manifestBytes));
		} catch {
			return { ok: false, problem: { kind: 'bad-archive' } };
		}
		const m = manifest as { format?: unknown; version?: unknown; json?: { sha256?: unknown } } | null;
		if (!m || m.format !== ARCHIVE_FORMAT || typeof m.version !== 'number') return { ok: false, problem: { kind: 'bad-archive' } };
		if (m.version > ARCHIVE_VERSION) return { ok: false, problem: { kind: 'newer-version', version: m.version } };
		const json = await unpack(bytes, jsonEntry, ARCHIVE_MAX_JSON_BYTES, progress);
		if (m.json?.sha256 !== (await sha256Hex(json))) return { ok: false, problem: { kind: 'bad-archive' } };

		let text: string;
		try {
			text = strFromU8(json);
		} catch {
			return { ok: false, problem: { kind: 'bad-archive' } };
		}
		const parsed = parseImport(text);
		if (!parsed.ok) return parsed;

		const files = new Map<string, Uint8Array>();
		for (const incident of parsed.contents.incidents) {
			for (const entry of incident.timeline) {
				const ref = entry.evidence;
				if (!ref) continue;
				const found = byPath.get(`${safeName(incident.id)}/${safeName(ref.id)}`);
				if (!found) return { ok: false, problem: { kind: 'missing-file', name: ref.name } };
				if (files.has(fileKey(ref.id, ref.sha256))) continue;
				const data = await unpack(bytes, found, MAX_EVIDENCE_BYTES, progress);
				if ((await sha256Hex(data)) !== ref.sha256) return { ok: false, problem: { kind: 'hash-mismatch', name: ref.name } };
				files.set(fileKey(ref.id, ref.sha256), data);
			}
		}
		return { ok: true, contents: parsed.contents, files };
	} catch (error) {
		return error instanceof TooLarge ? refused(byPath.size) : { ok: false, problem: { kind: 'bad-archive' } };
	}
}
