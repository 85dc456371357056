import { z } from '$lib/zod';
import type { SnapshotFrom } from 'xstate';
import type { TriageQuestions } from '$lib/content/triage';
import { triageQuestions } from '$lib/content/triage-questions';
import type { SavedTriage } from '$lib/incident/schema';
import { steps, type Answers } from './flow';
import type { TriageMachine } from './machine';
import { MACHINE_VERSION } from './machine-version';

export type TriageSnapshot = SnapshotFrom<TriageMachine>;

/** The parts of a persisted snapshot the machine relies on; anything else about it must be empty. */
function persistedTriage(tree: TriageQuestions) {
	const answers = z.strictObject(
		Object.fromEntries(tree.questions.map((q) => [q.id, z.enum(q.options.map((o) => o.value) as [string, ...string[]]).optional()]))
	);
	const step = z.enum(steps(tree) as [string, ...string[]]);
	return z.object({
		status: z.literal('active'),
		value: step,
		context: z.strictObject({ answers, history: z.array(step), editing: z.boolean(), preset: answers.optional() }),
		children: z.strictObject({}).optional(),
		historyValue: z.strictObject({}).optional()
	});
}
const PersistedTriage = persistedTriage(triageQuestions);

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

export { saveTriage } from './machine-version';

/**
 * The answers of a saved triage, for the details and the summary: only a snapshot this version can
 * restore counts, so an old or damaged one yields no answers rather than wrong ones.
 */
export function readAnswers(saved: SavedTriage | undefined): Answers {
	const restored = restoreTriage(saved);
	return restored.kind === 'restored' ? { ...restored.snapshot.context.answers } : {};
}
