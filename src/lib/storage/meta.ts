import type { IDBPDatabase } from 'idb';
import type { UnsentStore } from '$lib/incident/unsent.svelte';
import { DB_NAME, inMemory, openWithin, type ShodoDB } from './incident-store';
import { StorageFullError, isQuotaError } from './errors';

/**
 * Raw values in the 'meta' store, for features that keep one record of their own there (the
 * profile, unsent text). The owner validates what it reads. A short-lived connection: these are
 * rare reads and writes, and a closed connection never blocks a newer layout in another tab.
 * Opening has the incident store's time limits (a hanging or blocked open rejects with
 * StorageTimeoutError), and once the tab went on in memory, reads find nothing at once and writes
 * reject: nothing waits on a database the app already gave up on.
 */
async function withDb<T>(dbName: string, work: (db: IDBPDatabase<ShodoDB>) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
	if (dbName === DB_NAME && inMemory()) return fallback();
	const db = await openWithin(dbName, { blocking: (open) => open.close() });
	try {
		return await work(db);
	} finally {
		db.close();
	}
}

export function readMeta(key: string, dbName = DB_NAME): Promise<unknown> {
	return withDb(dbName, (db) => db.get('meta', key), () => undefined);
}

const notKept = () => {
	throw new Error('This tab keeps nothing on the device (IndexedDB could not be opened).');
};

/** Writes one value; a full disk rejects with StorageFullError and keeps what was there. */
export function writeMeta(key: string, value: unknown, dbName = DB_NAME): Promise<void> {
	return withDb(
		dbName,
		async (db) => {
			try {
				const tx = db.transaction('meta', 'readwrite');
				await Promise.all([tx.store.put(value, key), tx.done]);
			} catch (error) {
				throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
			}
		},
		notKept
	);
}

/**
 * Reads, changes and writes one value in one transaction (`change` returns undefined to delete
 * it), so two tabs changing it at once never lose each other's change. Resolves with what is stored.
 */
export function updateMeta<T>(key: string, change: (stored: unknown) => T | undefined, dbName = DB_NAME): Promise<T | undefined> {
	return withDb(
		dbName,
		async (db) => {
			try {
				const tx = db.transaction('meta', 'readwrite');
				const next = change(await tx.store.get(key));
				if (next === undefined) await tx.store.delete(key);
				else await tx.store.put(next, key);
				await tx.done;
				return next;
			} catch (error) {
				throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
			}
		},
		notKept
	);
}

/** Unsent text (src/lib/incident/unsent.svelte.ts) in the meta store, beside the profile. */
export const metaUnsent: UnsentStore = {
	read: (key) => readMeta(key),
	update: (key, change) => updateMeta(key, change)
};
