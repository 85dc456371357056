import { SCHEMA_VERSION } from './record-basics';

/**
 * Record-level migrations: each takes a record written at `from` and returns it as the next
 * version would have written it. Pure, so they are tested without a database. Records are
 * migrated when read; the stored copy is only rewritten when the app next saves it.
 */
type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const DETAIL_KEYS = [
	'deviceType',
	'os',
	'securitySoftware',
	'cloudServices',
	'whatHappened',
	'whySuspected',
	'desksConsulted'
] as const;

export const RECORD_MIGRATIONS: Readonly<Record<number, Migration>> = {
	/**
	 * 0 -> 1: drafts saved before the schema carried a version could lack the lists and some
	 * detail fields (they were added as the screens were built). Missing parts become empty;
	 * anything present is kept as it is, so validation still catches real damage.
	 */
	0: (record) => {
		const details =
			record.details && typeof record.details === 'object' && !Array.isArray(record.details)
				? { ...(record.details as Record<string, unknown>) }
				: record.details === undefined
					? {}
					: record.details;
		if (details && typeof details === 'object' && !Array.isArray(details)) {
			const d = details as Record<string, unknown>;
			for (const key of DETAIL_KEYS) if (d[key] === undefined) d[key] = '';
		}
		return {
			...record,
			schemaVersion: 1,
			status: record.status ?? 'open',
			details,
			timeline: record.timeline ?? [],
			contacts: record.contacts ?? []
		};
	}
};

export type MigrationResult =
	| { ok: true; record: unknown; migrated: boolean }
	| { ok: false; error: string };

/** The version a raw record claims; a record without one predates versioning (0). */
export function recordVersion(raw: unknown): number | undefined {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const v = (raw as Record<string, unknown>).schemaVersion;
	if (v === undefined) return 0;
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Brings a raw record up to SCHEMA_VERSION without validating it (the caller validates). */
export function migrateRecord(
	raw: unknown,
	migrations: Readonly<Record<number, Migration>> = RECORD_MIGRATIONS,
	target = SCHEMA_VERSION
): MigrationResult {
	const from = recordVersion(raw);
	if (from === undefined) return { ok: false, error: 'The record is not an object with a valid schemaVersion.' };
	if (from > target) {
		return {
			ok: false,
			error: `The record was written by a newer version of the app (schema ${from}; this app reads up to ${target}).`
		};
	}
	let record = structuredClone(raw) as Record<string, unknown>;
	for (let v = from; v < target; v++) {
		const step = migrations[v];
		if (!step) return { ok: false, error: `No migration from schema ${v} to ${v + 1}.` };
		record = step(record);
	}
	return { ok: true, record, migrated: from < target };
}
