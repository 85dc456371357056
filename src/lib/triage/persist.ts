import { z } from 'zod';
import type { SnapshotFrom } from 'xstate';
import type { SavedTriage } from '$lib/incident/schema';
import { MACHINE_VERSION, QUESTIONS, STEPS, triageMachine } from './machine';

export type TriageSnapshot = SnapshotFrom<typeof triageMachine>;

const AnswersSchema = z.strictObject(
	Object.fromEntries(Object.entries(QUESTIONS).map(([id, options]) => [id, z.enum(options).optional()]))
);

/** The parts of a persisted snapshot the machine relies on; anything else about it must be empty. */
const PersistedTriage = z.object({
	status: z.literal('active'),
	value: z.enum(STEPS),
	context: z.strictObject({
		answers: AnswersSchema,
		history: z.array(z.enum(STEPS)),
		editing: z.boolean()
	}),
	children: z.strictObject({}).optional(),
	historyValue: z.strictObject({}).optional()
});

export type RestoreResult =
	| { kind: 'none' }
	| { kind: 'restored'; snapshot: TriageSnapshot }
	/** Saved by another version of the machine, or damaged: the caller starts afresh and says so. */
	| { kind: 'discarded'; reason: 'version' | 'invalid' };

export function restoreTriage(saved: SavedTriage | undefined): RestoreResult {
	if (!saved) return { kind: 'none' };
	if (saved.machineVersion !== MACHINE_VERSION) return { kind: 'discarded', reason: 'version' };
	const parsed = PersistedTriage.safeParse(saved.snapshot);
	if (!parsed.success) return { kind: 'discarded', reason: 'invalid' };
	// A persisted snapshot is what createActor({ snapshot }) accepts; the schema above checked its shape.
	return { kind: 'restored', snapshot: saved.snapshot as TriageSnapshot };
}

export function saveTriage(snapshot: unknown, now: Date): SavedTriage {
	return { machineVersion: MACHINE_VERSION, snapshot, savedAt: now.toISOString() };
}
