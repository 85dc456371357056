import type { IncidentStore, TimelineEntry } from '$lib/incident/schema';

/** Adds a timestamped note to the current incident's timeline; an empty note still records the time. */
export async function addQuickNote(store: IncidentStore, text: string, at: Date, id: string): Promise<TimelineEntry> {
	const incident = await store.current();
	const entry: TimelineEntry = { id, at: at.toISOString(), text: text.trim(), kind: 'quick-note' };
	await store.update(incident.id, (i) => ({ ...i, timeline: [...i.timeline, entry] }));
	return entry;
}
