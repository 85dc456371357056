import { readMeta, writeMeta } from '$lib/storage/meta';
import type { Profile, StoredProfile } from './schema';
import { PROFILE_KEY } from './key';
import { startFromUsual } from './usual';
import type { Incident } from '$lib/incident/schema';
import type { Prefill } from '$lib/incident/tab';


/**
 * The check of a profile (zod, ./read.ts), loaded only when a profile is read or written: a page
 * over a device with no profile does not load zod for it.
 */
const check = () => import('./read');

/**
 * The profile on the device: one record in the 'meta' store of the app's database. Reads migrate
 * and validate; a damaged profile is reported, kept where it is, and never overwritten silently.
 */
export async function loadProfile(dbName?: string): Promise<StoredProfile | undefined> {
	const raw = await readMeta(PROFILE_KEY, dbName);
	return raw === undefined ? undefined : (await check()).readProfile(raw);
}

export class InvalidProfileError extends Error {
	override readonly name = 'InvalidProfileError';
}

/** Validates, then writes; rejects with StorageFullError on a full disk (the stored copy is kept). */
export async function saveProfile(profile: Profile, dbName?: string): Promise<Profile> {
	const { Profile: schema, prettifyError } = await check();
	const parsed = schema.safeParse(profile);
	if (!parsed.success) throw new InvalidProfileError(prettifyError(parsed.error));
	await writeMeta(PROFILE_KEY, parsed.data, dbName);
	return parsed.data;
}

/** Just the profile, or undefined when there is none or it cannot be read (a triage must go on without it). */
export async function profileOrNothing(dbName?: string): Promise<Profile | undefined> {
	try {
		const stored = await loadProfile(dbName);
		return stored?.ok ? stored.profile : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The one profile prefill (seed 000 「事前に情報を整理しましょう」): the change that starts a new
 * incident with items 1–4 of its details from the profile, only empty items, only an untouched
 * incident (./usual.ts); undefined without a profile. Applied when the tab's incident opens
 * ($lib/incident/tab.ts), inside the store's transaction.
 */
export function prefillFrom(profile: Profile | undefined): Prefill | undefined {
	return profile ? startFromUsual<Incident>(profile.usual) : undefined;
}

/** prefillFrom the profile on the device, read now (an editing page loads the profile's code only then). */
export async function profilePrefill(dbName?: string): Promise<Prefill | undefined> {
	return prefillFrom(await profileOrNothing(dbName));
}

/** An imported profile beside the one on the device. */
export type ProfileImportCheck =
	| { kind: 'new' }
	| { kind: 'same' }
	/** Both hold a profile and they differ: the user chooses which to keep. `mine` is undefined when the device's is damaged. */
	| { kind: 'differs'; mine: Profile | undefined; theirs: Profile }
	| { kind: 'invalid'; error: string };

/**
 * The profile in the incidents' export and import. The one on the device is never overwritten
 * without asking: `check` says whether the file's differs, and `importRaw` replaces the device's
 * only when told to (the user chose the file's).
 */
export function profileTransfer(dbName?: string) {
	return {
		read: () => readMeta(PROFILE_KEY, dbName),
		async check(raw: unknown): Promise<ProfileImportCheck> {
			const { readProfile } = await check();
			const theirs = readProfile(raw);
			if (!theirs.ok) return { kind: 'invalid', error: theirs.error };
			const stored = await readMeta(PROFILE_KEY, dbName);
			if (stored === undefined) return { kind: 'new' };
			const mine = readProfile(stored);
			if (mine.ok && JSON.stringify(mine.profile) === JSON.stringify(theirs.profile)) return { kind: 'same' };
			return { kind: 'differs', mine: mine.ok ? mine.profile : undefined, theirs: theirs.profile };
		},
		async importRaw(raw: unknown, replace = false): Promise<'saved' | 'kept' | 'replaced' | 'invalid'> {
			const read = (await check()).readProfile(raw);
			if (!read.ok) return 'invalid';
			const had = (await readMeta(PROFILE_KEY, dbName)) !== undefined;
			if (had && !replace) return 'kept';
			await saveProfile(read.profile, dbName);
			return had ? 'replaced' : 'saved';
		}
	};
}
