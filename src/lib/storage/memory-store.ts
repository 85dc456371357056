import type { Incident, StoredIncident } from '$lib/incident/schema';
import { newIncident } from '$lib/incident/record-basics';
import {
	IncidentNotFoundError,
	InvalidIncidentError,
	openOrCurrent,
	type ImportProgress,
	type ImportWrite,
	type ShodoIncidentStore,
	type StoreOptions
} from '$lib/incident/store';
import { checkSize, loadChecks, readRecord, validate } from './record';

/**
 * The store in memory, for a tab where IndexedDB cannot be opened (and for a drill). It behaves
 * as the IndexedDB store does: every write is validated and measured, records are kept and handed
 * out as structured clones (so a caller changing an object never changes what is stored), a
 * damaged record stays readable for the list and export, and a failed write leaves everything as
 * it was. Nothing is kept after the tab closes; `persistent` is false so the pages say so.
 */
export class MemoryIncidentStore implements ShodoIncidentStore {
	readonly persistent = false;
	readonly #records = new Map<string, unknown>();
	#currentId: string | undefined;
	readonly #newId: () => string;
	readonly #now: () => Date;
	readonly #listeners = new Set<(id: string | null) => void>();

	constructor(options: StoreOptions = {}) {
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#now = options.now ?? (() => new Date());
	}

	async current(): Promise<Incident> {
		if (this.#currentId !== undefined && this.#records.has(this.#currentId)) {
			await loadChecks();
			const read = readRecord(this.#currentId, structuredClone(this.#records.get(this.#currentId)));
			if (read.ok) return read.incident;
		}
		const fresh = newIncident(this.#newId(), this.#now());
		this.#records.set(fresh.id, structuredClone(fresh));
		this.#currentId = fresh.id;
		return fresh;
	}

	/** The incident with this id if it can be read, else the current one (see current()). */
	open(id: string | undefined): Promise<Incident> {
		return openOrCurrent(this, id);
	}

	async setCurrent(id: string | null): Promise<void> {
		this.#currentId = id ?? undefined;
	}

	async currentId(): Promise<string | undefined> {
		return this.#currentId;
	}

	async get(id: string): Promise<StoredIncident | undefined> {
		if (!this.#records.has(id)) return undefined;
		await loadChecks();
		return readRecord(id, structuredClone(this.#records.get(id)));
	}

	async list(): Promise<StoredIncident[]> {
		if (this.#records.size) await loadChecks();
		return [...this.#records].map(([id, raw]) => readRecord(id, structuredClone(raw)));
	}

	async put(incident: Incident): Promise<Incident> {
		await loadChecks();
		const valid = validate(incident);
		this.#records.set(valid.id, structuredClone(valid));
		return structuredClone(valid);
	}

	async update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
		if (!this.#records.has(id)) throw new IncidentNotFoundError(id);
		await loadChecks();
		const read = readRecord(id, structuredClone(this.#records.get(id)));
		if (!read.ok) throw new IncidentNotFoundError(id, true);
		const changed = change(read.incident);
		if (changed.id !== id) throw new InvalidIncidentError('An update must not change the incident id.');
		const next = validate({ ...changed, updatedAt: this.#now().toISOString() });
		this.#records.set(id, structuredClone(next));
		return structuredClone(next);
	}

	async remove(id: string): Promise<void> {
		this.#records.delete(id);
		if (this.#currentId === id) this.#currentId = undefined;
	}

	async putRaw(id: string, raw: unknown): Promise<void> {
		checkSize(raw, id);
		this.#records.set(id, structuredClone(raw));
	}

	/** All or nothing, as in IndexedDB: everything is checked and cloned before any is stored. */
	async importAll(plan: ImportWrite, progress?: ImportProgress): Promise<void> {
		if (plan.put.length) await loadChecks();
		const valid = plan.put.map(validate);
		for (const { id, raw } of plan.putRaw) checkSize(raw, id);
		const entries: [string, unknown][] = [
			...valid.map((i): [string, unknown] => [i.id, structuredClone(i)]),
			...plan.putRaw.map((r): [string, unknown] => [r.id, structuredClone(r.raw)])
		];
		for (const [id, value] of entries) this.#records.set(id, value);
		progress?.(entries.length, entries.length);
	}

	/** Other tabs cannot see this tab's memory, so nothing ever arrives here. */
	onChange(listener: (id: string | null) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close(): void {
		this.#listeners.clear();
	}
}
