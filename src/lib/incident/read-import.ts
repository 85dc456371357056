import { isArchive, parseArchive, type ArchiveResult } from './archive';
import { parseImport } from './transfer-read';

/** What a chosen export file holds, checked completely, or why it was refused. */
export type ReadResult = ArchiveResult;

export type ReadImport = (bytes: Uint8Array, onProgress?: (done: number, total: number) => void) => Promise<ReadResult>;

/**
 * Reads an export file (the JSON, or the ZIP with photos) the way import needs it: every check
 * made, nothing written. Runs in the import worker (./import.worker.ts) so a 50 MB file does not
 * hold the page, and in the page itself where no worker can start.
 */
export const readImport: ReadImport = async (bytes, onProgress) => {
	if (isArchive(bytes)) return parseArchive(bytes, onProgress);
	const parsed = parseImport(new TextDecoder().decode(bytes));
	return parsed.ok ? { ok: true, contents: parsed.contents, files: new Map() } : parsed;
};
