import type { Incident, StoredIncident } from './schema';

/** Something the user would lose: an answer, a typed detail, a timeline line, a contact. */
export function holdsData(incident: Incident): boolean {
	return (
		incident.triage !== undefined ||
		incident.discoveredAt !== undefined ||
		incident.timeline.length > 0 ||
		incident.contacts.length > 0 ||
		Object.values(incident.details).some((v) => v.trim() !== '') ||
		Object.values(incident.sender ?? {}).some((v) => v !== undefined && v.trim() !== '')
	);
}

/** A damaged record counts too: it is kept because it may hold what the user typed. */
export function anyHoldsData(stored: StoredIncident[]): boolean {
	return stored.some((s) => !s.ok || holdsData(s.incident));
}
