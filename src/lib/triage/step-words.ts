// A step's words, found by the id the plan keeps even when the answers no longer recommend it:
// 'next/<id>' from the triage content, 'recovery/<set>/<step>' from content/recovery. A module of its
// own, loaded only where a plan's steps are shown or named (the plan page, its progress line, the
// summary once a step is ticked), because it brings every recovery step's words.
import type { Locale } from '$lib/paraglide/runtime';
import { triageTree, type TriageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import type { Localized } from '$lib/content/schema';
import { recoveryStepOf, type RecoveryStep } from './recovery';

/** A recovery step of the plan as the recovery's components show it. */
export function recoveryStep(id: string): RecoveryStep | undefined {
	const [kind, setId, stepId] = id.split('/');
	if (kind !== 'recovery') return undefined;
	const set = recoverySets.find((r) => r.id === setId);
	const s = set?.steps.find((x) => x.id === stepId);
	return set && s ? recoveryStepOf(set, s) : undefined;
}

/** The words of any step of the plan; undefined when no content has it. */
export function stepText(id: string, tree: TriageTree = triageTree): Localized | undefined {
	const [kind, a] = id.split('/');
	if (kind === 'next') return tree.nextSteps.find((n) => n.id === a)?.text;
	return recoveryStep(id)?.text;
}

/** The words of every step a plan can hold, by its id, in one language: the summary's list of what was done. */
export function planStepWords(locale: Locale, tree: TriageTree = triageTree): Record<string, string> {
	return Object.fromEntries([
		...tree.nextSteps.map((st) => [`next/${st.id}`, st.text[locale]]),
		...recoverySets.flatMap((set) => set.steps.map((st) => [`recovery/${set.id}/${st.id}`, st.text[locale]]))
	]);
}
