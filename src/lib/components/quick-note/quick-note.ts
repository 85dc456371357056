import type { TimelineEntry } from '$lib/incident/schema';
import type { IncidentStore } from '$lib/incident/store';

/**
 * Adds a timestamped note to the tab's incident (`incidentId`, when it can still be read) or else
 * the current one; an empty note still records the time.
 */
export async function addQuickNote(store: IncidentStore, text: string, at: Date, id: string, incidentId?: string): Promise<TimelineEntry> {
	const mine = incidentId === undefined ? undefined : await store.get(incidentId);
	const incident = mine?.ok ? mine.incident : await store.current();
	const entry: TimelineEntry = { id, at: at.toISOString(), text: text.trim(), kind: 'quick-note' };
	await store.update(incident.id, (i) => ({ ...i, timeline: [...i.timeline, entry] }));
	return entry;
}
