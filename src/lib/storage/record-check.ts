import { z } from '$lib/zod';
import { Incident, type StoredIncident } from '$lib/incident/schema';
import { InvalidIncidentError } from './errors';
import { migrateRecord } from '$lib/incident/migrations';
import { checkSize } from './record-size';

/**
 * The checked read and write of one record, with zod. Loaded by ./record.ts only when a stored
 * record is read or one is written: a page over an empty store never fetches zod.
 */

/** Migrates and validates one raw record; never throws. */
export function readRecord(id: string, raw: unknown): StoredIncident {
	const migrated = migrateRecord(raw);
	if (!migrated.ok) return { ok: false, id, raw, error: migrated.error };
	const parsed = Incident.safeParse(migrated.record);
	if (!parsed.success) return { ok: false, id, raw, error: z.prettifyError(parsed.error) };
	if (parsed.data.id !== id) {
		return { ok: false, id, raw, error: `The record's id (${parsed.data.id}) does not match its key (${id}).` };
	}
	return { ok: true, incident: parsed.data };
}

/** Validates an incident for writing and checks its size; throws before anything is written. */
export function validate(incident: Incident): Incident {
	const parsed = Incident.safeParse(incident);
	if (!parsed.success) throw new InvalidIncidentError(z.prettifyError(parsed.error));
	checkSize(parsed.data, parsed.data.id);
	return parsed.data;
}
