import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { newIncident, type Incident, type StoredIncident } from '$lib/incident/schema';
import {
	IncidentNotFoundError,
	InvalidIncidentError,
	StorageFullError,
	openOrCurrent,
	type EvidenceRecord,
	type ImportProgress,
	type ImportWrite,
	type IncidentStore,
	type ShodoIncidentStore,
	type StoreOptions
} from '$lib/incident/store';
import { isQuotaError } from './errors';
import { checkSize, readRecord, validate } from './record';
import { MemoryIncidentStore } from './memory-store';

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

export { readRecord };

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

/** The channel tabs of the app tell each other about writes on: `{ id }`, or `{ id: null }` for many. */
export const CHANGES_CHANNEL = 'shodo-navi:incidents';

/** Keys written before ids were always strings may be numbers; a string id of digits names either. */
function keysFor(id: string): (string | number)[] {
	const n = Number(id);
	return id.trim() !== '' && Number.isFinite(n) && String(n) === id ? [id, n] : [id];
}

class IdbIncidentStore implements IncidentStore {
	readonly persistent = true;
	readonly #db: Db;
	readonly #newId: () => string;
	readonly #now: () => Date;
	readonly #channel: BroadcastChannel | undefined;
	readonly #listeners = new Set<(id: string | null) => void>();

	constructor(db: Db, options: StoreOptions) {
		this.#db = db;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#now = options.now ?? (() => new Date());
		this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : undefined;
		this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
			const data = event.data as { id?: unknown } | null;
			const id = data && typeof data.id === 'string' ? data.id : null;
			for (const listener of this.#listeners) listener(id);
		});
	}

	/** Called when another tab has written: with the incident's id, or null when many changed. */
	onChange(listener: (id: string | null) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#tell(id: string | null): void {
		try {
			this.#channel?.postMessage({ id });
		} catch {
			// A closed channel: the other tabs refresh on their next load.
		}
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

	/** The incident with this id if it can be read, else the current one (see current()). */
	open(id: string | undefined): Promise<Incident> {
		return openOrCurrent(this, id);
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
		const saved = await write(this.#db, async (tx) => {
			await tx.objectStore('incidents').put(valid, valid.id);
			return valid;
		});
		this.#tell(saved.id);
		return saved;
	}

	/** Read, change, validate and write in one transaction; stamps updatedAt. */
	async update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
		const saved = await write(this.#db, async (tx) => {
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
		this.#tell(id);
		return saved;
	}

	async remove(id: string): Promise<void> {
		await write(this.#db, async (tx) => {
			for (const key of keysFor(id)) await tx.objectStore('incidents').delete(key as string);
			// The incident's photos and files go with it, in the same transaction.
			await tx.objectStore('evidence').delete(IDBKeyRange.bound([id, ''], [id, '\uffff']));
			const meta = tx.objectStore('meta');
			if ((await meta.get(CURRENT_KEY)) === id) await meta.delete(CURRENT_KEY);
		});
		this.#tell(id);
	}

	/** Stores a raw record as it is (import of a damaged record for safekeeping). */
	async putRaw(id: string, raw: unknown): Promise<void> {
		checkSize(raw, id);
		await write(this.#db, async (tx) => {
			await tx.objectStore('incidents').put(raw, id);
		});
		this.#tell(id);
	}

	/**
	 * Writes a whole import in one transaction: all of it or, on a full disk or any failure,
	 * none of it. Everything is validated and measured before the transaction starts.
	 */
	async importAll(plan: ImportWrite, progress?: ImportProgress): Promise<void> {
		const valid = plan.put.map(validate);
		for (const { id, raw } of plan.putRaw) checkSize(raw, id);
		const total = valid.length + plan.putRaw.length;
		let done = 0;
		await write(this.#db, async (tx) => {
			const store = tx.objectStore('incidents');
			// Requests are queued without awaiting each, so 10,000 records take one round of the
			// event loop per batch rather than one per record.
			const step = 500;
			const all: [unknown, string][] = [...valid.map((i): [unknown, string] => [i, i.id]), ...plan.putRaw.map((r): [unknown, string] => [r.raw, r.id])];
			for (let start = 0; start < all.length; start += step) {
				const batch: Promise<unknown>[] = [];
				for (const [value, key] of all.slice(start, start + step)) {
					const request = store.put(value, key);
					// A later request failing aborts the transaction and rejects these too; the
					// first failure is the one reported.
					request.catch(() => {});
					batch.push(request);
				}
				await Promise.all(batch);
				done = Math.min(total, start + step);
				progress?.(done, total);
			}
		});
		this.#tell(null);
	}

	close(): void {
		this.#channel?.close();
		this.#db.close();
	}
}

export async function openIncidentStore(dbName = DB_NAME, options: StoreOptions = {}): Promise<ShodoIncidentStore> {
	let store: IdbIncidentStore | undefined;
	const db = await openDB<ShodoDB>(dbName, DB_VERSION, {
		upgrade: (database, oldVersion) => upgrade(database, oldVersion),
		blocked: () => options.onBlocked?.(),
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
let memory: MemoryIncidentStore | undefined;

/**
 * How long the app waits before going on in memory: once opening is blocked (another tab holds an
 * older layout open, which a frightened person cannot be asked to find), and in all (some in-app
 * browsers never answer an open). A slow but working open is never cut short before the hang limit.
 */
export const OPEN_BLOCKED_MS = 4000;
export const OPEN_HANG_MS = 15_000;

/**
 * The app's one store in the browser, opened on first use. When IndexedDB cannot be opened
 * (storage blocked, some private modes and in-app browsers, a broken database) the app goes on
 * with an in-memory store for this tab: `persistent` is false and the pages say so.
 */
export function getIncidentStore(): Promise<ShodoIncidentStore> {
	if (memory) return Promise.resolve(memory);
	if (!singleton) {
		singleton = new Promise<ShodoIncidentStore>((resolve) => {
			let settled = false;
			const inMemory = () => {
				if (settled) return;
				settled = true;
				clearTimeout(hang);
				singleton = undefined;
				memory ??= new MemoryIncidentStore();
				resolve(memory);
			};
			const hang = setTimeout(inMemory, OPEN_HANG_MS);
			openIncidentStore(DB_NAME, { onBlocked: () => setTimeout(inMemory, OPEN_BLOCKED_MS) }).then((store) => {
				if (settled) {
					// Too late: this tab already works in memory; mixing the two would lose one.
					store.close();
					return;
				}
				settled = true;
				clearTimeout(hang);
				resolve(store);
			}, inMemory);
		});
	}
	return singleton;
}
