import { triageTree, type TriageTree } from '$lib/content/triage';
import { ppcDeadlines, type PpcDeadlines } from '$lib/time/deadlines';
import { holds, type Evaluation } from './flow';

/** The personal-data report a recommendation carries: its deadlines, and whether it is certainly due. */
export interface PpcReport {
	/** True when a report condition holds; false when the user must check. */
	required: boolean;
	deadlines: PpcDeadlines;
}

/**
 * The PPC report's deadlines, counted from when the user noticed (else now), and whether the report
 * is certainly due: what `route` puts on the recommendation a `deadlines: "ppc"` rule finds.
 */
export function ppcReport(e: Evaluation, { discoveredAt, now }: { discoveredAt?: string; now: Date }): PpcReport {
	return { required: e.ppc.outcome === 'required', deadlines: ppcDeadlines(discoveredAt ?? now, e.ppc.conditions.unlawful === 'yes') };
}

/**
 * Whether the routing of `e` carries a PPC report, without routing: a rule with
 * `deadlines: "ppc"` holds (a fallback one only when no other rule holds, as in `route`).
 * Undefined when none does.
 */
export function ppcReportFor(e: Evaluation, when: { discoveredAt?: string; now: Date }, tree: TriageTree = triageTree): PpcReport | undefined {
	const ordinary = tree.rules.filter((r) => !r.fallback && holds(r.when, e));
	const applied = ordinary.length ? ordinary : tree.rules.filter((r) => r.fallback && holds(r.when, e));
	return applied.some((r) => r.deadlines === 'ppc') ? ppcReport(e, when) : undefined;
}
