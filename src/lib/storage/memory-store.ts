import { z } from 'zod';
import { Incident, newIncident, type StoredIncident } from '$lib/incident/schema';
import { IncidentNotFoundError, InvalidIncidentError } from './errors';
import { readRecord, type ShodoIncidentStore, type StoreOptions } from './incident-store';

/**
 * The incident store in memory: the same rules as the IndexedDB one (validated writes, records
 * read through the migrations, copies in and out), nothing on disk. The drill (訓練モード) runs a
 * triage on it, so practice never creates or changes a real incident.
 */
export class MemoryIncidentStore implements ShodoIncidentStore {
	readonly #records = new Map<string, unknown>();
	#currentId: string | undefined;
	readonly #newId: () => string;
	readonly #now: () => Date;

	constructor(options: StoreOptions = {}) {
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#now = options.now ?? (() => new Date());
	}

	async current(): Promise<Incident> {
		if (this.#currentId !== undefined) {
			const raw = this.#records.get(this.#currentId);
			if (raw !== undefined) {
				const read = readRecord(this.#currentId, structuredClone(raw));
				if (read.ok) return read.incident;
			}
		}
		const fresh = newIncident(this.#newId(), this.#now());
		this.#records.set(fresh.id, structuredClone(fresh));
		this.#currentId = fresh.id;
		return fresh;
	}

	async setCurrent(id: string | null): Promise<void> {
		this.#currentId = id ?? undefined;
	}

	async currentId(): Promise<string | undefined> {
		return this.#currentId;
	}

	async get(id: string): Promise<StoredIncident | undefined> {
		const raw = this.#records.get(id);
		return raw === undefined ? undefined : readRecord(id, structuredClone(raw));
	}

	async list(): Promise<StoredIncident[]> {
		return [...this.#records].map(([id, raw]) => readRecord(id, structuredClone(raw)));
	}

	async put(incident: Incident): Promise<Incident> {
		const valid = validate(incident);
		this.#records.set(valid.id, structuredClone(valid));
		return structuredClone(valid);
	}

	async update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
		const raw = this.#records.get(id);
		if (raw === undefined) throw new IncidentNotFoundError(id);
		const read = readRecord(id, structuredClone(raw));
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
		this.#records.set(id, structuredClone(raw));
	}

	close(): void {
		// Nothing to release.
	}
}

function validate(incident: Incident): Incident {
	const parsed = Incident.safeParse(incident);
	if (!parsed.success) throw new InvalidIncidentError(z.prettifyError(parsed.error));
	return parsed.data;
}
