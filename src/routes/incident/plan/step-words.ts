// A step's words, found by the id the plan keeps even when the answers no longer recommend it:
// next steps from the triage content, recovery steps from content/recovery (which only the plan's
// screens load).
import { triageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import type { Certainty, Localized } from '$lib/content/schema';
import type { RuleSource } from '$lib/content/triage';

export interface StepWords {
	text: Localized;
	/** A recovery step's set (「アカウントを取り戻す」); none for the triage's next steps. */
	setId?: string;
	setTitle?: Localized;
	links: { url: string; label: Localized }[];
	where?: Localized;
	sources: RuleSource[];
	checked?: string;
	certainty?: Certainty;
}

/** The words of a step of the plan, by its id ('next/<id>' or 'recovery/<set>/<step>'); undefined when no content has it. */
export function stepWords(id: string): StepWords | undefined {
	const [kind, a, b] = id.split('/');
	if (kind === 'next') {
		const s = triageTree.nextSteps.find((n) => n.id === a);
		return s && { text: s.text, links: [], sources: s.sources };
	}
	const set = recoverySets.find((r) => r.id === a);
	const step = set?.steps.find((s) => s.id === b);
	if (!set || !step) return undefined;
	return {
		text: step.text,
		setId: set.id,
		setTitle: set.title,
		links: step.links ?? [],
		...(step.where ? { where: step.where } : {}),
		sources: step.sources,
		checked: step.checked,
		certainty: step.certainty
	};
}

