import { recoveryIndex, type RecoveryIndex } from '$lib/content/recovery-index';
import { triageTree, type TriageTree } from '$lib/content/triage';
import { evaluate, holds, type Answers } from './flow';

/**
 * The ids of the recovery steps for these answers ('<set id>/<step id>'), in the order and under the
 * conditions of `recoverySteps` (./recovery.ts), from a small index without the steps' words: a plan
 * can be built and kept on pages that do not show the steps, without loading them.
 */
export function recoveryStepIds(answers: Readonly<Answers>, tree: TriageTree = triageTree, index: RecoveryIndex = recoveryIndex): string[] {
	const e = evaluate(tree, answers);
	return index.filter((set) => holds(set.when, e)).flatMap((set) => set.steps.filter((s) => !s.when || holds(s.when, e)).map((s) => `${set.id}/${s.id}`));
}
