import type { Details, Incident } from './schema';

/**
 * What the app needs of the record's shape without its schema: the version, the field limit, a
 * new record. The schema (./schema.ts, zod) checks records read and written (src/lib/storage/
 * record.ts loads it then); a page that only shows a form or starts a new record does not load it.
 */

/** The version of the stored record; the storage layer migrates older records up to it. */
export const SCHEMA_VERSION = 1;

/**
 * The longest text the app saves in one field or entry: 200,000 characters (UTF-16 code units,
 * as JavaScript counts them), at most about 400 KB as the browser keeps it and about 200 to
 * 600 KB as UTF-8; about 100 printed pages of Japanese. A whole forwarded email with its headers
 * is usually 5 to 50 KB, and a pasted log of 100 KB (tests/e2e/incident.spec.ts) fits with room.
 * Longer text is refused with a message while it is on screen, because every keystroke writes
 * the whole record: at this size a write stays a few milliseconds, while a 1.4 MB paste made each
 * one take seconds and could fail the disk's quota for every other field too. Records read back
 * are still allowed up to the 1,000,000 above, so nothing already stored becomes unreadable.
 */
export const MAX_FIELD_CHARS = 200_000;

/** The seven details, in the schema's order (a test checks it against the schema). */
export const DETAIL_KEYS = ['deviceType', 'os', 'securitySoftware', 'cloudServices', 'whatHappened', 'whySuspected', 'desksConsulted'] as const satisfies readonly (keyof Details)[];

export function emptyDetails(): Details {
	return {
		deviceType: '',
		os: '',
		securitySoftware: '',
		cloudServices: '',
		whatHappened: '',
		whySuspected: '',
		desksConsulted: ''
	};
}

export function newIncident(id: string, now: Date): Incident {
	const at = now.toISOString();
	return {
		schemaVersion: SCHEMA_VERSION,
		id,
		createdAt: at,
		updatedAt: at,
		status: 'open',
		details: emptyDetails(),
		timeline: [],
		contacts: []
	};
}
