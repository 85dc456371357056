import type { Locale } from '$lib/paraglide/runtime';
import { triageTree, type TriageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';

/**
 * The words of every step a plan can hold, by its id in the plan ('next/<id>', 'recovery/<set>/<id>'),
 * ticked or stale alike: the summary's list of what was done names a ticked step in them. A module of
 * its own, loaded only where a plan has a ticked step, because it brings every recovery step's words.
 */
export function planStepWords(locale: Locale, tree: TriageTree = triageTree): Record<string, string> {
	return Object.fromEntries([
		...tree.nextSteps.map((st) => [`next/${st.id}`, st.text[locale]]),
		...recoverySets.flatMap((set) => set.steps.map((st) => [`recovery/${set.id}/${st.id}`, st.text[locale]]))
	]);
}
