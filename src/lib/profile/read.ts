import { z } from '$lib/zod';
import { migrateProfile } from './migrations';
import { Profile, type StoredProfile } from './schema';

/** Migrates and validates a raw profile; never throws. */
export function readProfile(raw: unknown): StoredProfile {
	const migrated = migrateProfile(raw);
	if (!migrated.ok) return { ok: false, raw, error: migrated.error };
	const parsed = Profile.safeParse(migrated.record);
	if (!parsed.success) return { ok: false, raw, error: z.prettifyError(parsed.error) };
	return { ok: true, profile: parsed.data };
}

/** The fields of a profile that fail validation, by path ('contacts.otasuketai.phone'), with zod's code. */
export function profileProblems(profile: unknown): Map<string, string> {
	const parsed = Profile.safeParse(profile);
	const out = new Map<string, string>();
	if (parsed.success) return out;
	for (const issue of parsed.error.issues) out.set(issue.path.join('.'), issue.message);
	return out;
}

/** For ./store.ts, which loads this module (and zod) only when a profile is read or written. */
export { Profile };
export const prettifyError = z.prettifyError;
