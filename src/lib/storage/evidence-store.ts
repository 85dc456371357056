import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type ShodoDB } from './incident-store';
import { StorageFullError, isQuotaError } from './errors';

/**
 * A photo or file kept as evidence, stored beside its incident. The bytes are a Blob; the
 * incident's timeline entry carries the same id, name, type, size and SHA-256
 * (EvidenceRef in src/lib/incident/schema.ts), so nothing but this store reads the bytes.
 */
export interface EvidenceRecord {
	incidentId: string;
	id: string;
	name: string;
	type: string;
	size: number;
	/** When it was attached (ISO). */
	at: string;
	sha256: string;
	blob: Blob;
}

/** The largest file taken: a phone photo is 2-8 MB; a 50 MB file is refused with a message. */
export const MAX_EVIDENCE_BYTES = 20_000_000;

export class FileTooLargeError extends Error {
	override readonly name = 'FileTooLargeError';
	constructor(readonly size: number) {
		super(`The file is ${size} bytes; the limit is ${MAX_EVIDENCE_BYTES}.`);
	}
}

type Db = IDBPDatabase<ShodoDB>;

export interface EvidenceStore {
	/** Stores files in one transaction: all of them or, on a full disk (StorageFullError), none. */
	put(records: readonly EvidenceRecord[]): Promise<void>;
	get(incidentId: string, id: string): Promise<EvidenceRecord | undefined>;
	listFor(incidentId: string): Promise<EvidenceRecord[]>;
	/** Every file, for the export. */
	all(): Promise<EvidenceRecord[]>;
	remove(incidentId: string, id: string): Promise<void>;
	close(): void;
}

class IdbEvidenceStore implements EvidenceStore {
	readonly #db: Db;
	constructor(db: Db) {
		this.#db = db;
	}

	async put(records: readonly EvidenceRecord[]): Promise<void> {
		for (const r of records) if (r.size > MAX_EVIDENCE_BYTES) throw new FileTooLargeError(r.size);
		const tx = this.#db.transaction('evidence', 'readwrite');
		const done = tx.done;
		done.catch(() => {});
		try {
			for (const record of records) await tx.store.put(record);
			await done;
		} catch (error) {
			try {
				tx.abort();
			} catch {
				// already finished or aborted
			}
			throw isQuotaError(error) || isQuotaError(tx.error) ? new StorageFullError({ cause: error }) : error;
		}
	}

	get(incidentId: string, id: string): Promise<EvidenceRecord | undefined> {
		return this.#db.get('evidence', [incidentId, id]);
	}

	listFor(incidentId: string): Promise<EvidenceRecord[]> {
		return this.#db.getAllFromIndex('evidence', 'byIncident', incidentId);
	}

	all(): Promise<EvidenceRecord[]> {
		return this.#db.getAll('evidence');
	}

	async remove(incidentId: string, id: string): Promise<void> {
		await this.#db.delete('evidence', [incidentId, id]);
	}

	close(): void {
		this.#db.close();
	}
}

export async function openEvidenceStore(dbName = DB_NAME): Promise<EvidenceStore> {
	let store: IdbEvidenceStore | undefined;
	const db = await openDB<ShodoDB>(dbName, DB_VERSION, {
		upgrade: (database, oldVersion) => upgrade(database, oldVersion),
		blocking: () => {
			store?.close();
			singleton = undefined;
		},
		terminated: () => {
			singleton = undefined;
		}
	});
	store = new IdbEvidenceStore(db);
	return store;
}

let singleton: Promise<EvidenceStore> | undefined;

/** The app's one evidence store in the browser, opened on first use. */
export function getEvidenceStore(): Promise<EvidenceStore> {
	if (!singleton) {
		singleton = openEvidenceStore().catch((error: unknown) => {
			singleton = undefined;
			throw error;
		});
	}
	return singleton;
}

/** How much this site stores and may store, where the browser says; undefined elsewhere. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : undefined;
	} catch {
		return undefined;
	}
}
