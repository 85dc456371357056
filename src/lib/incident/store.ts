import type { Incident, StoredIncident } from './schema';

/**
 * What a store of incidents and their evidence promises, apart from how it keeps them: the
 * editor, the evidence shelf and the pages depend on this; src/lib/storage implements it over
 * IndexedDB (and in memory, for a tab without IndexedDB and for a drill).
 */

/**
 * The one way the app reads and writes incidents (implemented over idb in src/lib/storage).
 * Every write validates; a full disk rejects with StorageFullError and leaves the stored copy as it was.
 */
export interface IncidentStore {
	/** The incident being worked on; creates an empty one if there is none. */
	current(): Promise<Incident>;
	setCurrent(id: string | null): Promise<void>;
	get(id: string): Promise<StoredIncident | undefined>;
	list(): Promise<StoredIncident[]>;
	put(incident: Incident): Promise<Incident>;
	/** Read, change and write in one transaction, so two quick writes never lose each other. */
	update(id: string, change: (incident: Incident) => Incident): Promise<Incident>;
	remove(id: string): Promise<void>;
}

/**
 * The incident with this id if it can be read, else the current one (a tab keeps working on what it
 * opened, and a deleted or damaged one gives way to the current): both stores' `open`.
 */
export async function openOrCurrent(store: IncidentStore, id: string | undefined): Promise<Incident> {
	if (id !== undefined) {
		const stored = await store.get(id);
		if (stored?.ok) return stored.incident;
	}
	return store.current();
}

/** IncidentStore plus the few extras the incidents list, import, editor and tabs need. */
export type ShodoIncidentStore = IncidentStore & {
	/** False for the in-memory store: nothing is kept after the tab closes. */
	readonly persistent: boolean;
	currentId(): Promise<string | undefined>;
	/** This incident if it can be read, else the current one: a tab keeps working on what it opened. */
	open(id: string | undefined): Promise<Incident>;
	putRaw(id: string, raw: unknown): Promise<void>;
	importAll(plan: ImportWrite, progress?: ImportProgress): Promise<void>;
	onChange(listener: (id: string | null) => void): () => void;
	/**
	 * IndexedDB only: called once when the database vanished while the tab had it open (site data
	 * cleared, or evicted). The store then writes to a new, empty database (or to memory); what a
	 * page holds on screen is the only copy left.
	 */
	onVanished?(listener: () => void): () => void;
	/** IndexedDB only: true once the database vanished while the tab had it open. */
	readonly vanished?: boolean;
	close(): void;
};

export interface StoreOptions {
	/** Id for a new incident; tests pass a counter. */
	newId?: () => string;
	now?: () => Date;
	/** IndexedDB only: opening waits for another tab to close an older layout. */
	onBlocked?: () => void;
}

/** Everything an import writes, in one go. */
export interface ImportWrite {
	put: Incident[];
	putRaw: { id: string; raw: unknown }[];
}

/** How far an import has got: records written so far, of all. */
export type ImportProgress = (done: number, total: number) => void;

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

/** The largest file taken: a phone photo is 2-8 MB; a 50 MB file is refused with a message. */
export const MAX_EVIDENCE_BYTES = 20_000_000;

export class FileTooLargeError extends Error {
	override readonly name = 'FileTooLargeError';
	constructor(readonly size: number) {
		super(`The file is ${size} bytes; the limit is ${MAX_EVIDENCE_BYTES}.`);
	}
}

// The errors a store rejects with.

/** The device has no room left: the write was not made and what was saved before is unchanged. */
export class StorageFullError extends Error {
	override readonly name = 'StorageFullError';
	constructor(options?: { cause?: unknown }) {
		super('The device storage is full; the change was not saved.', options);
	}
}

/** The incident asked for is missing or cannot be read (damaged); nothing was written. */
export class IncidentNotFoundError extends Error {
	override readonly name = 'IncidentNotFoundError';
	constructor(readonly id: string, readonly damaged = false) {
		super(damaged ? `Incident ${id} is damaged and cannot be changed.` : `Incident ${id} does not exist.`);
	}
}

/** A write was refused because the incident did not match the schema. */
export class InvalidIncidentError extends Error {
	override readonly name = 'InvalidIncidentError';
	constructor(message: string) {
		super(message);
	}
}

/** A write was refused before it started: the record is over the store's size limit. */
export class RecordTooLargeError extends Error {
	override readonly name = 'RecordTooLargeError';
	constructor(readonly size: number, readonly limit: number, readonly id?: string) {
		super(`The record ${id ?? ''} is ${size} characters long; the limit is ${limit}. Nothing was written.`);
	}
}
