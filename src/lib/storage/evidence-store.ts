import type { IDBPDatabase } from 'idb';
import { DB_NAME, inMemory, openWithin, type ShodoDB } from './incident-store';
import {
	FileTooLargeError,
	MAX_EVIDENCE_BYTES,
	StorageFullError,
	type EvidenceRecord,
	type EvidenceStore
} from '$lib/incident/store';
import { isQuotaError } from './errors';

export { FileTooLargeError, MAX_EVIDENCE_BYTES, type EvidenceRecord, type EvidenceStore };

type Db = IDBPDatabase<ShodoDB>;

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
	// With the incident store's time limits, and not at all once the tab went on in memory: the
	// details page waits for this, and photos are an extra.
	if (dbName === DB_NAME && inMemory()) throw new Error('This tab keeps nothing on the device.');
	let store: IdbEvidenceStore | undefined;
	const db = await openWithin(dbName, {
		blocking: () => {
			store?.close();
			singleton = undefined;
		}
	});
	db.addEventListener('close', () => {
		singleton = undefined;
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
