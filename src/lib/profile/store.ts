import { z } from 'zod';
import { readMeta, writeMeta } from '$lib/storage/meta';
import { readProfile } from './read';
import { PROFILE_KEY, Profile, type StoredProfile, type Usual } from './schema';
import { startFromUsual } from './usual';

/**
 * The profile on the device: one record in the 'meta' store of the app's database. Reads migrate
 * and validate; a damaged profile is reported, kept where it is, and never overwritten silently.
 */
export async function loadProfile(dbName?: string): Promise<StoredProfile | undefined> {
	const raw = await readMeta(PROFILE_KEY, dbName);
	return raw === undefined ? undefined : readProfile(raw);
}

export class InvalidProfileError extends Error {
	override readonly name = 'InvalidProfileError';
}

/** Validates, then writes; rejects with StorageFullError on a full disk (the stored copy is kept). */
export async function saveProfile(profile: Profile, dbName?: string): Promise<Profile> {
	const parsed = Profile.safeParse(profile);
	if (!parsed.success) throw new InvalidProfileError(z.prettifyError(parsed.error));
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

interface IncidentShape {
	id: string;
	createdAt: string;
	updatedAt: string;
	triage?: unknown;
	timeline: unknown[];
	details: Usual;
}
interface StoreShape<I extends IncidentShape> {
	current(): Promise<I>;
	update(id: string, change: (incident: I) => I): Promise<I>;
}

/**
 * A new incident starts with items 1–4 of the details filled from the profile (seed 000
 * 「事前に情報を整理しましょう」). Only an untouched incident, only empty items. `incident`: the one
 * to fill (a tab's own); the store's current one when not given.
 */
export async function prefillCurrent<I extends IncidentShape>(store: StoreShape<I>, profile: Profile | undefined, incident?: I): Promise<void> {
	if (!profile) return;
	incident ??= await store.current();
	// The same rule as IncidentEditor.open's prefill, checked again inside the store's transaction.
	const start = startFromUsual<I>(profile.usual);
	if (JSON.stringify(start(incident).details) === JSON.stringify(incident.details)) return;
	await store.update(incident.id, start);
}

/**
 * For an editor that opens (IncidentEditor.open's prefill): the change that starts a new incident
 * from the profile, or undefined without one.
 */
export async function profilePrefill<I extends IncidentShape>(dbName?: string): Promise<((incident: I) => I) | undefined> {
	const profile = await profileOrNothing(dbName);
	return profile ? startFromUsual<I>(profile.usual) : undefined;
}

/**
 * For a triage that starts: the profile, with `incident`'s details (the tab's own incident, not
 * whichever is current) prefilled from it if the incident is new. Never throws: a triage goes on
 * without a profile.
 */
export async function profileForIncident<I extends IncidentShape>(store: StoreShape<I>, incident: I, dbName?: string): Promise<Profile | undefined> {
	const profile = await profileOrNothing(dbName);
	try {
		await prefillCurrent(store, profile, incident);
	} catch {
		// The details stay empty; the user can type them.
	}
	return profile;
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
			const theirs = readProfile(raw);
			if (!theirs.ok) return { kind: 'invalid', error: theirs.error };
			const stored = await readMeta(PROFILE_KEY, dbName);
			if (stored === undefined) return { kind: 'new' };
			const mine = readProfile(stored);
			if (mine.ok && JSON.stringify(mine.profile) === JSON.stringify(theirs.profile)) return { kind: 'same' };
			return { kind: 'differs', mine: mine.ok ? mine.profile : undefined, theirs: theirs.profile };
		},
		async importRaw(raw: unknown, replace = false): Promise<'saved' | 'kept' | 'replaced' | 'invalid'> {
			const read = readProfile(raw);
			if (!read.ok) return 'invalid';
			const had = (await readMeta(PROFILE_KEY, dbName)) !== undefined;
			if (had && !replace) return 'kept';
			await saveProfile(read.profile, dbName);
			return had ? 'replaced' : 'saved';
		}
	};
}
