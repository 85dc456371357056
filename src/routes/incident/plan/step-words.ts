// A step's words, found by the id the plan keeps even when the answers no longer recommend it:
// 'next/<id>' from the triage content, 'recovery/<set>/<step>' from content/recovery (which only
// the plan's screens load).
import { triageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import type { Localized } from '$lib/content/schema';
import type { RecoveryStep } from '$lib/triage/recovery';

/** A recovery step of the plan as the recovery's components show it. */
export function recoveryStep(id: string): RecoveryStep | undefined {
	const [kind, setId, stepId] = id.split('/');
	if (kind !== 'recovery') return undefined;
	const set = recoverySets.find((r) => r.id === setId);
	const s = set?.steps.find((x) => x.id === stepId);
	if (!set || !s) return undefined;
	return {
		id: `${set.id}/${s.id}`,
		setId: set.id,
		setTitle: set.title,
		text: s.text,
		links: s.links ?? [],
		...(s.where ? { where: s.where } : {}),
		sources: s.sources,
		checked: s.checked,
		certainty: s.certainty
	};
}

/** The words of any step of the plan; undefined when no content has it. */
export function stepText(id: string): Localized | undefined {
	const [kind, a] = id.split('/');
	if (kind === 'next') return triageTree.nextSteps.find((n) => n.id === a)?.text;
	return recoveryStep(id)?.text;
}
