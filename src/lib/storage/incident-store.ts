import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { Incident, newIncident, type IncidentStore, type StoredIncident } from '$lib/incident/schema';
import { IncidentNotFoundError, InvalidIncidentError, StorageFullError, isQuotaError } from './errors';
import { migrateRecord } from './migrations';
import type { EvidenceRecord } from './evidence-store';

export const DB_NAME = 'shodo-navi';
/** The database layout version (object stores and indexes), not the record schema version. */
export const DB_VERSION = 2;

const CURRENT_KEY = 'currentIncidentId';

export interface ShodoDB extends DBSchema {
	/** Stored as written, unvalidated: a damaged record must survive to be listed and exported. */
	incidents: { key: string; value: unknown };
	meta: { key: string; value: unknown };
	/** Photos and files (src/lib/storage/evidence-store.ts), keyed [incidentId, evidenceId]. */
	evidence: { key: [string, string]; value: EvidenceRecord; indexes: { byIncident: string } };
}

type Db = IDBPDatabase<ShodoDB>;

/**
 * Layout migrations by the version the browser had. Each step only adds; data moves between
 * layouts happen here too, inside the upgrade transaction.
 */
export function upgrade(db: Db, oldVersion: number): void {
	if (oldVersion < 1) {
		db.createObjectStore('incidents');
		db.createObjectStore('meta');
	}
	if (oldVersion < 2) {
		const evidence = db.createObjectStore('evidence', { keyPath: ['incidentId', 'id'] });
		evidence.createIndex('byIncident', 'incidentId');
	}
}

/** Migrates and validates one raw record; never throws. */
export function readRecord(id: string, raw: unknown): StoredIncident {
	const migrated = migrateRecord(raw);
	if (!migrated.ok) return { ok: false, id, raw, error: migrated.error };
	const parsed = Incident.safeParse(migrated.record);
	if (!parsed.success) return { ok: false, id, raw, error: z.prettifyError(parsed.error) };
	if (parsed.data.id !== id) {
		return { ok: false, id, raw, error: `The record's id (${parsed.data.id}) does not match its key (${id}).` };
	}
	return { ok: true, incident: parsed.data };
}

function validate(incident: Incident): Incident {
	const parsed = Incident.safeParse(incident);
	if (!parsed.success) throw new InvalidIncidentError(z.prettifyError(parsed.error));
	return parsed.data;
}

type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<ShodoDB, StoreNames<ShodoDB>[], Mode>;

/**
 * Runs `work` in one readwrite transaction and waits for it to commit. A full disk can show up
 * as a thrown request or as the transaction aborting; both become StorageFullError, and the
 * transaction is aborted so nothing of it is kept.
 */
async function write<T>(db: Db, work: (tx: Tx<'readwrite'>) => Promise<T>): Promise<T> {
	const tx = db.transaction(['incidents', 'meta', 'evidence'], 'readwrite');
	const done = tx.done;
	// Observed below; this keeps an abort from surfacing as an unhandled rejection meanwhile.
	done.catch(() => {});
	let result: T;
	try {
		result = await work(tx);
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// already finished or aborted
		}
		throw isQuotaError(error) || isQuotaError(tx.error) ? new StorageFullError({ cause: error }) : error;
	}
	try {
		await done;
	} catch (error) {
		throw isQuotaError(error) || isQuotaError(tx.error) ? new StorageFullError({ cause: error }) : error;
	}
	return result;
}

export interface StoreOptions {
	/** Id for a new incident; tests pass a counter. */
	newId?: () => string;
	now?: () => Date;
}

class IdbIncidentStore implements IncidentStore {
	readonly #db: Db;
	readonly #newId: () => string;
	readonly #now: () => Date;

	constructor(db: Db, options: StoreOptions) {
		this.#db = db;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#now = options.now ?? (() => new Date());
	}

	current(): Promise<Incident> {
		return write(this.#db, async (tx) => {
			const meta = tx.objectStore('meta');
			const incidents = tx.objectStore('incidents');
			const currentId = await meta.get(CURRENT_KEY);
			if (typeof currentId === 'string') {
				const raw = await incidents.get(currentId);
				if (raw !== undefined) {
					const read = readRecord(currentId, raw);
					if (read.ok) return read.incident;
				}
			}
			// None yet, or the current one is missing or damaged: start a fresh one and leave
			// the damaged record where it is, for the list and export.
			const fresh = newIncident(this.#newId(), this.#now());
			await incidents.put(fresh, fresh.id);
			await meta.put(fresh.id, CURRENT_KEY);
			return fresh;
		});
	}

	async setCurrent(id: string | null): Promise<void> {
		await write(this.#db, async (tx) => {
			const meta = tx.objectStore('meta');
			if (id === null) await meta.delete(CURRENT_KEY);
			else await meta.put(id, CURRENT_KEY);
		});
	}

	/** The id of the current incident without creating one; undefined when there is none. */
	async currentId(): Promise<string | undefined> {
		const id = await this.#db.get('meta', CURRENT_KEY);
		return typeof id === 'string' ? id : undefined;
	}

	async get(id: string): Promise<StoredIncident | undefined> {
		const raw = await this.#db.get('incidents', id);
		return raw === undefined ? undefined : readRecord(id, raw);
	}

	async list(): Promise<StoredIncident[]> {
		const tx = this.#db.transaction('incidents', 'readonly');
		// Collected with a cursor so one bad record never stops the rest from being read.
		const out: StoredIncident[] = [];
		for await (const cursor of tx.store) {
			out.push(readRecord(String(cursor.key), cursor.value));
		}
		await tx.done;
		return out;
	}

	/** Stores the incident exactly as given (after validation), replacing any with its id. */
	async put(incident: Incident): Promise<Incident> {
		const valid = validate(incident);
		return write(this.#db, async (tx) => {
			await tx.objectStore('incidents').put(valid, valid.id);
			return valid;
		});
	}

	/** Read, change, validate and write in one transaction; stamps updatedAt. */
	update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
		return write(this.#db, async (tx) => {
			const incidents = tx.objectStore('incidents');
			const raw = await incidents.get(id);
			if (raw === undefined) throw new IncidentNotFoundError(id);
			const read = readRecord(id, raw);
			if (!read.ok) throw new IncidentNotFoundError(id, true);
			const changed = change(structuredClone(read.incident));
			if (changed.id !== id) throw new InvalidIncidentError('An update must not change the incident id.');
			const next = validate({ ...changed, updatedAt: this.#now().toISOString() });
			await incidents.put(next, id);
			return next;
		});
	}

	async remove(id: string): Promise<void> {
		await write(this.#db, async (tx) => {
			await tx.objectStore('incidents').delete(id);
			// The incident's photos and files go with it, in the same transaction.
			await tx.objectStore('evidence').delete(IDBKeyRange.bound([id, ''], [id, '\uffff']));
			const meta = tx.objectStore('meta');
			if ((await meta.get(CURRENT_KEY)) === id) await meta.delete(CURRENT_KEY);
		});
	}

	/** Stores a raw record as it is (import of a damaged record for safekeeping). */
	putRaw(id: string, raw: unknown): Promise<void> {
		return write(this.#db, async (tx) => {
			await tx.objectStore('incidents').put(raw, id);
		});
	}

	close(): void {
		this.#db.close();
	}
}

/** IncidentStore plus the few extras the incidents list and import need. */
export type ShodoIncidentStore = IncidentStore & {
	currentId(): Promise<string | undefined>;
	putRaw(id: string, raw: unknown): Promise<void>;
	close(): void;
};

export async function openIncidentStore(dbName = DB_NAME, options: StoreOptions = {}): Promise<ShodoIncidentStore> {
	let store: IdbIncidentStore | undefined;
	const db = await openDB<ShodoDB>(dbName, DB_VERSION, {
		upgrade: (database, oldVersion) => upgrade(database, oldVersion),
		// Another tab wants a newer layout: let it go ahead; this tab reopens on next use.
		blocking: () => {
			store?.close();
			singleton = undefined;
		},
		terminated: () => {
			singleton = undefined;
		}
	});
	store = new IdbIncidentStore(db, options);
	return store;
}

let singleton: Promise<ShodoIncidentStore> | undefined;

/** The app's one store in the browser, opened on first use. */
export function getIncidentStore(): Promise<ShodoIncidentStore> {
	if (!singleton) {
		singleton = openIncidentStore().catch((error: unknown) => {
			singleton = undefined;
			throw error;
		});
	}
	return singleton;
}
