import { ROLES } from './roles';
import { PROFILE_VERSION } from './schema';

/**
 * Profile record migrations, like the incidents' (src/lib/incident/migrations.ts): each takes a
 * record written at `from` and returns it as the next version would have written it. Pure.
 */
type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const CONTACT_KEYS = ['name', 'phone', 'email', 'reference', 'urgentPhone', 'notes'] as const;
const USUAL_KEYS = ['deviceType', 'os', 'securitySoftware', 'cloudServices'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function fillStrings(value: unknown, keys: readonly string[]): unknown {
	if (value === undefined) return Object.fromEntries(keys.map((k) => [k, '']));
	if (!isObject(value)) return value;
	const out = { ...value };
	for (const k of keys) if (out[k] === undefined) out[k] = '';
	return out;
}

export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = {
	/**
	 * 0 -> 1: a profile saved before it carried a version may lack contacts, fields or the kind.
	 * Missing parts become empty; anything present is kept, so validation still catches damage.
	 */
	0: (record) => {
		const contacts = record.contacts === undefined ? {} : record.contacts;
		const filledContacts = isObject(contacts)
			? { ...contacts, ...Object.fromEntries(ROLES.map((r) => [r, fillStrings(contacts[r], CONTACT_KEYS)])) }
			: contacts;
		return {
			...record,
			schemaVersion: 1,
			kind: record.kind ?? 'individual',
			contacts: filledContacts,
			prefecture: record.prefecture ?? '',
			usual: fillStrings(record.usual, USUAL_KEYS)
		};
	}
};

export type ProfileMigrationResult = { ok: true; record: unknown; migrated: boolean } | { ok: false; error: string };

export function profileVersion(raw: unknown): number | undefined {
	if (!isObject(raw)) return undefined;
	const v = raw.schemaVersion;
	if (v === undefined) return 0;
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Brings a raw profile up to PROFILE_VERSION without validating it (the caller validates). */
export function migrateProfile(
	raw: unknown,
	migrations: Readonly<Record<number, Migration>> = PROFILE_MIGRATIONS,
	target = PROFILE_VERSION
): ProfileMigrationResult {
	const from = profileVersion(raw);
	if (from === undefined) return { ok: false, error: 'The profile is not an object with a valid schemaVersion.' };
	if (from > target) {
		return { ok: false, error: `The profile was written by a newer version of the app (schema ${from}; this app reads up to ${target}).` };
	}
	let record = structuredClone(raw) as Record<string, unknown>;
	for (let v = from; v < target; v++) {
		const step = migrations[v];
		if (!step) return { ok: false, error: `No profile migration from schema ${v} to ${v + 1}.` };
		record = step(record);
	}
	return { ok: true, record, migrated: from < target };
}
