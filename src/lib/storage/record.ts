import type { Incident, StoredIncident } from '$lib/incident/schema';

export { MAX_RECORD_CHARS, checkSize } from './record-size';

/**
 * Every record read is checked against the schema (zod, ./record-check.ts), and every write too.
 * zod is about a quarter of a record page's JavaScript, and a page over an empty store reads no
 * record: the check loads the first time a record is read or written, not with the page. The
 * store's transactions cannot wait for a module in the middle (IndexedDB commits a transaction
 * left idle), so a read or write that finds the check not yet loaded throws ChecksNotLoaded
 * before it writes anything; the store loads the check and runs the work again (incident-store.ts
 * #run, memory-store.ts).
 */
type Check = typeof import('./record-check');

let check: Check | undefined;
let loading: Promise<Check> | undefined;

export class ChecksNotLoaded extends Error {
	constructor() {
		super('The record check is not loaded yet.');
		this.name = 'ChecksNotLoaded';
	}
}

/** Loads the record check (zod) once; later calls return at once. */
export async function loadChecks(): Promise<void> {
	if (check) return;
	loading ??= import('./record-check');
	try {
		check = await loading;
	} catch (error) {
		loading = undefined; // a failed fetch is tried again next time
		throw error;
	}
}

/** Migrates and validates one raw record; never throws but ChecksNotLoaded (see above). */
export function readRecord(id: string, raw: unknown): StoredIncident {
	if (!check) throw new ChecksNotLoaded();
	return check.readRecord(id, raw);
}

/** Validates an incident for writing and checks its size; throws before anything is written. */
export function validate(incident: Incident): Incident {
	if (!check) throw new ChecksNotLoaded();
	return check.validate(incident);
}
