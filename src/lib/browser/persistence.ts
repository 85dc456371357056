/**
 * Whether the browser keeps this site's storage when the disk runs short (persistent storage):
 * 'granted', 'denied' when asked and refused, 'unknown' when not granted and not yet asked,
 * 'unsupported' where the browser has no such thing (or it threw).
 */
export type Persistence = 'granted' | 'denied' | 'unknown' | 'unsupported';

type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;
const browserStorage = (): PersistApi | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** What the browser says now, without asking the user anything. */
export async function persistence(storage: PersistApi | undefined = browserStorage()): Promise<Persistence> {
	if (!storage?.persisted) return 'unsupported';
	try {
		return (await storage.persisted()) ? 'granted' : 'unknown';
	} catch {
		return 'unsupported';
	}
}

/** Asks for persistent storage (some browsers ask the user, others decide alone). */
export async function askPersistence(storage: PersistApi | undefined = browserStorage()): Promise<Persistence> {
	if (!storage?.persist) return 'unsupported';
	try {
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
