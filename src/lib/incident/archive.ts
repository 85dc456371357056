import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '$lib/browser/hash';
import { parseImport, type ExportFile, type ImportContents, type ImportProblem } from './transfer';

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

/** The bytes of an evidence file, found by its id and hash (both in the timeline entry). */
export const fileKey = (id: string, sha256: string) => `${id}:${sha256}`;

/** A ZIP starts with the local file header signature PK\x03\x04. */
export function isArchive(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function archiveFileName(now: Date): string {
	return `shodo-navi-${now.toISOString().slice(0, 10)}.zip`;
}

/** Keeps a file name readable in the ZIP and safe on any disk. */
function safeName(name: string): string {
	const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120);
	return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

export async function buildArchive(exportFile: ExportFile | { text: string; exportedAt: string }, files: readonly ArchiveInputFile[]): Promise<Uint8Array> {
	// The text form is the export that left out what JSON cannot write (serialiseExport).
	const json = strToU8('text' in exportFile ? exportFile.text : JSON.stringify(exportFile, null, 2));
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
	| { kind: 'hash-mismatch'; name: string };

export type ArchiveResult =
	| { ok: true; contents: ImportContents; files: Map<string, Uint8Array> }
	| { ok: false; problem: ImportProblem | ArchiveProblem };

/** Checks an archive completely: the ZIP, the manifest, the JSON (as parseImport does), every file's hash. */
export async function parseArchive(bytes: Uint8Array): Promise<ArchiveResult> {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes);
	} catch {
		return { ok: false, problem: { kind: 'bad-archive' } };
	}
	const manifestBytes = entries[ARCHIVE_MANIFEST];
	const json = entries[ARCHIVE_JSON];
	if (!manifestBytes || !json) return { ok: false, problem: { kind: 'bad-archive' } };
	let manifest: unknown;
	try {
		manifest = JSON.parse(strFromU8(manifestBytes));
	} catch {
		return { ok: false, problem: { kind: 'bad-archive' } };
	}
	const m = manifest as { format?: unknown; version?: unknown; json?: { sha256?: unknown } } | null;
	if (!m || m.format !== ARCHIVE_FORMAT || typeof m.version !== 'number') return { ok: false, problem: { kind: 'bad-archive' } };
	if (m.version > ARCHIVE_VERSION) return { ok: false, problem: { kind: 'newer-version', version: m.version } };
	if (m.json?.sha256 !== (await sha256Hex(json))) return { ok: false, problem: { kind: 'bad-archive' } };

	let text: string;
	try {
		text = strFromU8(json);
	} catch {
		return { ok: false, problem: { kind: 'bad-archive' } };
	}
	const parsed = parseImport(text);
	if (!parsed.ok) return parsed;

	// files/<incident>/<evidence>/<name>: indexed by incident and evidence id.
	const byPath = new Map<string, Uint8Array>();
	for (const [path, data] of Object.entries(entries)) {
		const parts = path.split('/');
		if (parts[0] === 'files' && parts.length === 4) byPath.set(`${parts[1]}/${parts[2]}`, data);
	}
	const files = new Map<string, Uint8Array>();
	for (const incident of parsed.contents.incidents) {
		for (const entry of incident.timeline) {
			const ref = entry.evidence;
			if (!ref) continue;
			const data = byPath.get(`${safeName(incident.id)}/${safeName(ref.id)}`);
			if (!data) return { ok: false, problem: { kind: 'missing-file', name: ref.name } };
			if ((await sha256Hex(data)) !== ref.sha256) return { ok: false, problem: { kind: 'hash-mismatch', name: ref.name } };
			files.set(fileKey(ref.id, ref.sha256), data);
		}
	}
	return { ok: true, contents: parsed.contents, files };
}
