/**
 * When the profile was last reviewed, read straight from IndexedDB for the home page: no schema
 * code (zod) on the emergency screen. A database that does not exist yet is never created here,
 * since opening it without a version would create it empty and skip the app's own layout.
 */
export interface ReviewDates {
	reviewedAt?: string;
	updatedAt: string;
}

export async function readReviewDates(dbName = 'shodo-navi'): Promise<ReviewDates | undefined> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
	const known = await indexedDB.databases();
	if (!known.some((d) => d.name === dbName)) return undefined;
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const open = indexedDB.open(dbName);
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
	try {
		if (!db.objectStoreNames.contains('meta')) return undefined;
		const raw = await new Promise<unknown>((resolve, reject) => {
			const get = db.transaction('meta', 'readonly').objectStore('meta').get('profile');
			get.onsuccess = () => resolve(get.result);
			get.onerror = () => reject(get.error);
		});
		if (!raw || typeof raw !== 'object') return undefined;
		const { reviewedAt, updatedAt } = raw as Record<string, unknown>;
		if (typeof updatedAt !== 'string') return undefined;
		return { updatedAt, reviewedAt: typeof reviewedAt === 'string' ? reviewedAt : undefined };
	} finally {
		db.close();
	}
}
