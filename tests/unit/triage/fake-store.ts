import { Incident, newIncident, type StoredIncident } from '$lib/incident/schema';
import type { IncidentStore } from '$lib/incident/store';

/** An IncidentStore in memory with the real one's rules: validated writes, copies out, never shared objects. */
export class MemoryStore implements IncidentStore {
	records = new Map<string, unknown>();
	currentId: string | null = null;
	failWrites = false;
	#n = 0;

	async current(): Promise<Incident> {
		const read = this.currentId ? await this.get(this.currentId) : undefined;
		if (read?.ok) return read.incident;
		const fresh = newIncident(`incident-${++this.#n}`, new Date('2026-05-01T00:00:00Z'));
		this.records.set(fresh.id, structuredClone(fresh));
		this.currentId = fresh.id;
		return fresh;
	}
	async setCurrent(id: string | null) {
		this.currentId = id;
	}
	async get(id: string): Promise<StoredIncident | undefined> {
		if (!this.records.has(id)) return undefined;
		const raw = structuredClone(this.records.get(id));
		const parsed = Incident.safeParse(raw);
		return parsed.success ? { ok: true, incident: parsed.data } : { ok: false, id, raw, error: parsed.error.message };
	}
	async list() {
		return Promise.all([...this.records.keys()].map(async (id) => (await this.get(id))!));
	}
	async put(incident: Incident) {
		if (this.failWrites) throw new Error('disk full');
		const valid = Incident.parse(incident);
		this.records.set(valid.id, structuredClone(valid));
		return valid;
	}
	async update(id: string, change: (incident: Incident) => Incident) {
		const read = await this.get(id);
		if (!read?.ok) throw new Error(`no incident ${id}`);
		return this.put(change(read.incident));
	}
	async remove(id: string) {
		this.records.delete(id);
	}
}
