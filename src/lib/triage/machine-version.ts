/**
 * The triage flow's version (./machine.ts). Raise it whenever a saved snapshot of an older machine
 * could not be restored as it is (a step renamed or removed, an answer's meaning changed): a
 * mismatched snapshot starts a fresh triage instead of resuming somewhere that no longer exists.
 * 2: the tree became content; desks show right after "what happened"; new situations.
 * A module of its own so that reading a saved triage's answers (the details, the summary, the
 * documents) does not load the machine and xstate.
 */
export const MACHINE_VERSION = 2;

/** A snapshot as saved in the record (its check on reading back is ./persist.ts, with zod). */
export function saveTriage(snapshot: unknown, now: Date): { machineVersion: number; snapshot: unknown; savedAt: string } {
	return { machineVersion: MACHINE_VERSION, snapshot, savedAt: now.toISOString() };
}
