import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Incident, StoredIncident } from '$lib/incident/schema';
import { newIncident } from '$lib/incident/record-basics';
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
import { ChecksNotLoaded, checkSize, loadChecks, readRecord, validate } from './record';
import { MemoryIncidentStore } from './memory-store';
import { OPEN_BLOCKED_MS, OPEN_HANG_MS } from './limits';
import { joinTexts, refsOf, splitTexts, type TextRecord } from './long-texts';

export { OPEN_BLOCKED_MS, OPEN_HANG_MS };

export const DB_NAME = 'shodo-navi';
/** The database layout version (object stores and indexes), not the record schema version. */
export const DB_VERSION = 3;

const CURRENT_KEY = 'currentIncidentId';

export interface ShodoDB extends DBSchema {
	/** Stored as written, unvalidated: a damaged record must survive to be listed and exported. */
	incidents: { key: string; value: unknown };
	meta: { key: string; value: unknown };
	/** Photos and files (src/lib/storage/evidence-store.ts), keyed [incidentId, evidenceId]. */
	evidence: { key: [string, string]; value: EvidenceRecord; indexes: { byIncident: string } };
	/** Long detail texts kept apart from their incident (./long-texts.ts), keyed [incidentId, field]. */
	texts: { key: [string, string]; value: TextRecord };
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
	if (oldVersion < 3) {
		// Records stored before keep their texts inside; each is split on its next write.
		db.createObjectStore('texts', { keyPath: ['id', 'field'] });
	}
}

export { readRecord };

type Store = StoreNames<ShodoDB>;

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for it to commit. Only the
 * stores a write touches: a readwrite transaction waits for every earlier one whose stores overlap
 * its own, so a tick's write (incidents, texts) never queues behind a photo being stored or unsent
 * text being kept (evidence, meta). A full disk can show up as a thrown request or as the
 * transaction aborting; both become StorageFullError, and the transaction is aborted so nothing of
 * it is kept.
 */
async function write<S extends Store, T>(db: Db, stores: S[], work: (tx: IDBPTransaction<ShodoDB, S[], 'readwrite'>) => Promise<T>): Promise<T> {
	const tx = db.transaction(stores, 'readwrite');
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

/** The `texts` object store, in a transaction of either mode. */
interface TextsRead {
	get(key: [string, string]): Promise<TextRecord | undefined>;
}
interface TextsWrite extends TextsRead {
	put(value: TextRecord): Promise<unknown>;
	delete(key: [string, string] | IDBKeyRange): Promise<void>;
}

/** Where this tab's copy of a long text is kept (IdbIncidentStore's #texts). */
const textKey = (id: string, field: string) => `${id}\u0000${field}`;

/** Every text record of one incident. */
const textsOf = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

class IdbIncidentStore implements IncidentStore {
	readonly #name: string;
	#db: Db | undefined;
	/** A new connection under way after the browser closed ours. */
	#reopening: Promise<Db> | undefined;
	/** Set once the database was found gone (site data cleared, or evicted) and made again empty. */
	#vanished = false;
	/** The browser closed our connection on its own (not this tab giving way to a newer layout). */
	#closedByBrowser = false;
	/** Reopening failed: this tab goes on in memory, as a tab without IndexedDB does. */
	#memory: MemoryIncidentStore | undefined;
	readonly #vanishListeners = new Set<() => void>();
	readonly #newId: () => string;
	readonly #now: () => Date;
	readonly #channel: BroadcastChannel | undefined;
	readonly #listeners = new Set<(id: string | null) => void>();
	/**
	 * The long texts this tab last read or wrote, by incident and field, with their version: a write
	 * of another field neither reads nor writes them again (./long-texts.ts). A version another tab
	 * wrote differs, so that text is read afresh.
	 */
	readonly #texts = new Map<string, { version: string; text: string }>();

	constructor(db: Db, options: StoreOptions, name = DB_NAME) {
		this.#db = db;
		this.#name = name;
		this.#watch(db);
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#now = options.now ?? (() => new Date());
		this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : undefined;
		this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
			const data = event.data as { id?: unknown } | null;
			const id = data && typeof data.id === 'string' ? data.id : null;
			for (const listener of this.#listeners) listener(id);
		});
	}

	get persistent(): boolean {
		return this.#memory === undefined;
	}

	/** True once the database vanished while this tab had it open (see onVanished). */
	get vanished(): boolean {
		return this.#vanished;
	}

	/**
	 * Called once the database this tab had open is gone (the user cleared the site's data, or the
	 * browser evicted it): the store now writes to a new, empty database, or to memory when that
	 * cannot be opened. What a page holds on screen is the only copy left: it should write it back.
	 */
	onVanished(listener: () => void): () => void {
		this.#vanishListeners.add(listener);
		return () => this.#vanishListeners.delete(listener);
	}

	/** The browser closed the connection on its own (site data cleared, storage evicted, a crash). */
	#watch(db: Db): void {
		db.addEventListener('close', () => {
			if (this.#db !== db) return;
			this.#db = undefined;
			this.#closedByBrowser = true;
			void this.#conn().catch(() => undefined);
		});
	}

	/** The open connection, reopened (within the open time limits) when the browser closed it. */
	#conn(): Promise<Db> {
		if (this.#db) return Promise.resolve(this.#db);
		this.#reopening ??= (async () => {
			let fresh = false;
			try {
				let db: Db | undefined;
				// While the browser is still deleting the old database an open can fail: a few tries.
				for (let attempt = 0; !db; attempt++) {
					try {
						db = await openWithin(this.#name, {
							upgrade: (oldVersion) => {
								if (oldVersion === 0) fresh = true;
							}
						});
					} catch (error) {
						if (attempt >= 3 || error instanceof StorageTimeoutError) throw error;
						await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
					}
				}
				this.#db = db;
				this.#watch(db);
			} catch (error) {
				this.#memory ??= new MemoryIncidentStore();
				fresh = true;
				throw error;
			} finally {
				this.#reopening = undefined;
				// Only a connection the browser closed can mean the data is gone; a database made anew
				// after that is the proof, and so is one that cannot be opened again.
				if (fresh && this.#closedByBrowser && !this.#vanished) {
					this.#vanished = true;
					for (const listener of this.#vanishListeners) listener();
				}
			}
			return this.#db;
		})();
		return this.#reopening;
	}

	/** The raw record whole: its long texts read back in (from this tab's copy when the version matches). */
	async #join(texts: TextsRead, id: string, raw: unknown): Promise<unknown> {
		const refs = refsOf(raw);
		if (!refs) return raw;
		const found: Record<string, string | undefined> = {};
		for (const [field, version] of Object.entries(refs)) {
			const known = this.#texts.get(textKey(id, field));
			if (known?.version === version) {
				found[field] = known.text;
				continue;
			}
			const record = await texts.get([id, field]);
			if (record?.version !== version || typeof record.text !== 'string') continue;
			found[field] = record.text;
			this.#texts.set(textKey(id, field), { version, text: record.text });
		}
		return joinTexts(raw, found);
	}

	/**
	 * Writes a validated incident over `before` (its raw record, if any): a long text stored already
	 * under the version `before` names is not written again; texts no longer kept apart are deleted.
	 */
	async #write(incidents: { put(value: unknown, key: string): Promise<unknown> }, texts: TextsWrite, incident: Incident, before: unknown): Promise<void> {
		const id = incident.id;
		const had = refsOf(before) ?? {};
		const { record, write: changed } = splitTexts(
			incident,
			(field, text) => {
				const known = this.#texts.get(textKey(id, field));
				return had[field] !== undefined && known?.version === had[field] && known.text === text ? had[field] : undefined;
			},
			() => crypto.randomUUID()
		);
		for (const text of changed) await texts.put(text);
		const now = refsOf(record) ?? {};
		for (const field of Object.keys(had)) if (now[field] === undefined) await texts.delete([id, field]);
		await incidents.put(record, id);
		// Known once written; a transaction that aborts leaves a version no record names, never used.
		for (const text of changed) this.#texts.set(textKey(id, text.field), { version: text.version, text: text.text });
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

	/**
	 * Runs `work` on the connection; on memory once reopening failed. A connection the browser is
	 * closing (its close event not yet delivered) is dropped and the work tried once on a new one.
	 */
	async #run<T>(work: (db: Db) => Promise<T>, memory: (store: MemoryIncidentStore) => Promise<T>): Promise<T> {
		try {
			return await this.#runOnce(work, memory);
		} catch (error) {
			if (!(error instanceof ChecksNotLoaded)) throw error;
			// A record to read or write before the check (zod) was loaded: the transaction was
			// aborted before it wrote anything (./record.ts); load the check and run it again.
			await loadChecks();
			return this.#runOnce(work, memory);
		}
	}

	async #runOnce<T>(work: (db: Db) => Promise<T>, memory: (store: MemoryIncidentStore) => Promise<T>): Promise<T> {
		if (this.#memory) return memory(this.#memory);
		let db: Db;
		try {
			db = await this.#conn();
		} catch {
			return memory(this.#memory!);
		}
		try {
			return await work(db);
		} catch (error) {
			if (!(error instanceof DOMException && error.name === 'InvalidStateError') || this.#db !== db) throw error;
			// The browser is closing the connection (its close event is on the way).
			this.#db = undefined;
			this.#closedByBrowser = true;
			try {
				db = await this.#conn();
			} catch {
				return memory(this.#memory!);
			}
			return work(db);
		}
	}

	current(): Promise<Incident> {
		return this.#run((db) => write(db, ['meta', 'incidents', 'texts'], async (tx) => {
			const meta = tx.objectStore('meta');
			const incidents = tx.objectStore('incidents');
			const currentId = await meta.get(CURRENT_KEY);
			if (typeof currentId === 'string') {
				const raw = await incidents.get(currentId);
				if (raw !== undefined) {
					const read = readRecord(currentId, await this.#join(tx.objectStore('texts'), currentId, raw));
					if (read.ok) return read.incident;
				}
			}
			// None yet, or the current one is missing or damaged: start a fresh one and leave
			// the damaged record where it is, for the list and export.
			const fresh = newIncident(this.#newId(), this.#now());
			await incidents.put(fresh, fresh.id);
			await meta.put(fresh.id, CURRENT_KEY);
			return fresh;
		}), (m) => m.current());
	}

	/** The incident with this id if it can be read, else the current one (see current()). */
	open(id: string | undefined): Promise<Incident> {
		return openOrCurrent(this, id);
	}

	async setCurrent(id: string | null): Promise<void> {
		await this.#run(
			(db) =>
				write(db, ['meta'], async (tx) => {
					const meta = tx.objectStore('meta');
					if (id === null) await meta.delete(CURRENT_KEY);
					else await meta.put(id, CURRENT_KEY);
				}),
			(m) => m.setCurrent(id)
		);
	}

	/** The id of the current incident without creating one; undefined when there is none. */
	async currentId(): Promise<string | undefined> {
		const id = await this.#run((db) => db.get('meta', CURRENT_KEY), (m) => m.currentId());
		return typeof id === 'string' ? id : undefined;
	}

	async get(id: string): Promise<StoredIncident | undefined> {
		return this.#run(
			async (db) => {
				const tx = db.transaction(['incidents', 'texts'], 'readonly');
				const raw = await tx.objectStore('incidents').get(id);
				const whole = raw === undefined ? undefined : await this.#join(tx.objectStore('texts'), id, raw);
				await tx.done;
				return whole === undefined ? undefined : readRecord(id, whole);
			},
			(m) => m.get(id)
		);
	}

	list(): Promise<StoredIncident[]> {
		return this.#run(
			async (db) => {
				const tx = db.transaction(['incidents', 'texts'], 'readonly');
				// Collected with a cursor so one bad record never stops the rest from being read.
				const raws: [string, unknown][] = [];
				for await (const cursor of tx.objectStore('incidents')) raws.push([String(cursor.key), cursor.value]);
				const out: StoredIncident[] = [];
				for (const [id, raw] of raws) out.push(readRecord(id, await this.#join(tx.objectStore('texts'), id, raw)));
				await tx.done;
				return out;
			},
			(m) => m.list()
		);
	}

	/** Stores the incident exactly as given (after validation), replacing any with its id. */
	async put(incident: Incident): Promise<Incident> {
		await loadChecks();
		const valid = validate(incident);
		const saved = await this.#run(
			(db) =>
				write(db, ['incidents', 'texts'], async (tx) => {
					const incidents = tx.objectStore('incidents');
					await this.#write(incidents, tx.objectStore('texts'), valid, await incidents.get(valid.id));
					return valid;
				}),
			(m) => m.put(valid)
		);
		this.#tell(saved.id);
		return saved;
	}

	/** Read, change, validate and write in one transaction; stamps updatedAt. */
	async update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
		const saved = await this.#run((db) => write(db, ['incidents', 'texts'], async (tx) => {
			const incidents = tx.objectStore('incidents');
			const raw = await incidents.get(id);
			if (raw === undefined) throw new IncidentNotFoundError(id);
			const texts = tx.objectStore('texts');
			const read = readRecord(id, await this.#join(texts, id, raw));
			if (!read.ok) throw new IncidentNotFoundError(id, true);
			const changed = change(read.incident);
			if (changed.id !== id) throw new InvalidIncidentError('An update must not change the incident id.');
			const next = validate({ ...changed, updatedAt: this.#now().toISOString() });
			await this.#write(incidents, texts, next, raw);
			return next;
		}), (m) => m.update(id, change));
		this.#tell(id);
		return saved;
	}

	async remove(id: string): Promise<void> {
		await this.#run((db) => write(db, ['incidents', 'texts', 'evidence', 'meta'], async (tx) => {
			for (const key of keysFor(id)) await tx.objectStore('incidents').delete(key as string);
			await tx.objectStore('texts').delete(textsOf(id));
			for (const key of this.#texts.keys()) if (key.startsWith(textKey(id, ''))) this.#texts.delete(key);
			// The incident's photos and files go with it, in the same transaction.
			await tx.objectStore('evidence').delete(IDBKeyRange.bound([id, ''], [id, '\uffff']));
			const meta = tx.objectStore('meta');
			if ((await meta.get(CURRENT_KEY)) === id) await meta.delete(CURRENT_KEY);
		}), (m) => m.remove(id));
		this.#tell(id);
	}

	/** Stores a raw record as it is (import of a damaged record for safekeeping). */
	async putRaw(id: string, raw: unknown): Promise<void> {
		checkSize(raw, id);
		await this.#run(
			(db) =>
				write(db, ['incidents', 'texts'], async (tx) => {
					// Stored as it came: texts kept apart for an earlier record of this id go.
					await tx.objectStore('texts').delete(textsOf(id));
					await tx.objectStore('incidents').put(raw, id);
				}),
			(m) => m.putRaw(id, raw)
		);
		this.#tell(id);
	}

	/**
	 * Writes a whole import in one transaction: all of it or, on a full disk or any failure,
	 * none of it. Everything is validated and measured before the transaction starts.
	 */
	async importAll(plan: ImportWrite, progress?: ImportProgress): Promise<void> {
		if (plan.put.length) await loadChecks();
		const valid = plan.put.map(validate);
		for (const { id, raw } of plan.putRaw) checkSize(raw, id);
		const total = valid.length + plan.putRaw.length;
		let done = 0;
		await this.#run((db) => write(db, ['incidents', 'texts'], async (tx) => {
			const store = tx.objectStore('incidents');
			const texts = tx.objectStore('texts');
			// Requests are queued without awaiting each, so 10,000 records take one round of the
			// event loop per batch rather than one per record. Records are written whole (a long
			// text is split out on its next edit); texts kept apart for a record replaced here go.
			const step = 500;
			const all: [unknown, string][] = [...valid.map((i): [unknown, string] => [i, i.id]), ...plan.putRaw.map((r): [unknown, string] => [r.raw, r.id])];
			for (let start = 0; start < all.length; start += step) {
				const batch: Promise<unknown>[] = [];
				for (const [value, key] of all.slice(start, start + step)) {
					texts.delete(textsOf(key)).catch(() => {});
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
		}), (m) => m.importAll(plan, progress));
		this.#tell(null);
	}

	close(): void {
		this.#channel?.close();
		this.#db?.close();
		this.#db = undefined;
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
	});
	// The browser closing the connection on its own (site data cleared) is the store's to handle:
	// it reopens, and says when the database had vanished.
	store = new IdbIncidentStore(db, options, dbName);
	return store;
}

/** Opening the database took longer than the app waits (OPEN_BLOCKED_MS, OPEN_HANG_MS). */
export class StorageTimeoutError extends Error {
	override readonly name = 'StorageTimeoutError';
	constructor(readonly why: 'blocked' | 'hang') {
		super(why === 'blocked' ? 'Opening the database is blocked by another tab.' : 'Opening the database never answered.');
	}
}

/**
 * Opens the database with the same time limits as the app's store: rejects with
 * StorageTimeoutError once blocked for OPEN_BLOCKED_MS, or after OPEN_HANG_MS in all. A connection
 * that opens too late is closed at once. `upgrade` hears the version the browser had (0: new).
 */
export function openWithin(dbName: string, options: { upgrade?: (oldVersion: number) => void; blocking?: (db: Db) => void } = {}): Promise<Db> {
	return new Promise<Db>((resolve, reject) => {
		let settled = false;
		const give = (error: unknown) => {
			if (settled) return;
			settled = true;
			clearTimeout(hang);
			reject(error);
		};
		const hang = setTimeout(() => give(new StorageTimeoutError('hang')), OPEN_HANG_MS);
		let opened: Db | undefined;
		openDB<ShodoDB>(dbName, DB_VERSION, {
			upgrade: (database, oldVersion) => {
				upgrade(database, oldVersion);
				options.upgrade?.(oldVersion);
			},
			blocked: () => setTimeout(() => give(new StorageTimeoutError('blocked')), OPEN_BLOCKED_MS),
			blocking: () => {
				if (opened) options.blocking?.(opened);
			}
		}).then((db) => {
			opened = db;
			if (settled) {
				db.close();
				return;
			}
			settled = true;
			clearTimeout(hang);
			resolve(db);
		}, give);
	});
}

/**
 * From now on this tab works in memory (the pages say nothing is kept): for a page that found the
 * database opens but cannot be written (a full disk on first use), where first aid must go on.
 */
export function goOnInMemory(): MemoryIncidentStore {
	memory ??= new MemoryIncidentStore();
	singleton = undefined;
	return memory;
}

/** True once this tab went on in memory (IndexedDB could not be opened in time): meta reads answer at once. */
export function inMemory(): boolean {
	return memory !== undefined;
}

let singleton: Promise<ShodoIncidentStore> | undefined;
let memory: MemoryIncidentStore | undefined;


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
