import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type ShodoDB } from './incident-store';
import { StorageFullError, isQuotaError } from './errors';

/**
 * Raw values in the 'meta' store, for features that keep one record of their own there (the
 * profile). The owner validates what it reads. A short-lived connection: these are rare reads
 * and writes, and a closed connection never blocks a newer layout in another tab.
 */
async function withDb<T>(dbName: string, work: (db: Awaited<ReturnType<typeof openDB<ShodoDB>>>) => Promise<T>): Promise<T> {
	const db = await openDB<ShodoDB>(dbName, DB_VERSION, {
		upgrade: (database, oldVersion) => upgrade(database, oldVersion),
		blocking: () => db.close()
	});
	try {
		return await work(db);
	} finally {
		db.close();
	}
}

export function readMeta(key: string, dbName = DB_NAME): Promise<unknown> {
	return withDb(dbName, (db) => db.get('meta', key));
}

/** Writes one value; a full disk rejects with StorageFullError and keeps what was there. */
export function writeMeta(key: string, value: unknown, dbName = DB_NAME): Promise<void> {
	return withDb(dbName, async (db) => {
		try {
			const tx = db.transaction('meta', 'readwrite');
			await Promise.all([tx.store.put(value, key), tx.done]);
		} catch (error) {
			throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
		}
	});
}
