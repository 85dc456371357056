import type { TriageTree } from '$lib/content/triage';
import { triageTree } from '$lib/content/triage';
import type { Profile } from '$lib/profile/schema';
import type { ContactLike, Plan, PlanDate, PlanDesk, PlanStep } from '$lib/plan/schema';
import type { Answers } from './flow';
import { nextStepItems, route } from './routing';
import { recoveryStepIds } from './recovery-ids';

/**
 * From a triage to the incident's plan (issue 24): every recommended desk, every step besides them
 * ('next/<id>') and every recovery step ('recovery/<set>/<step>', content/recovery), and the PPC 速報/確報 dates from the recommendation's deadlines. Here rather than in
 * src/lib/plan because it routes (src/lib/plan sits below src/lib/triage and src/lib/incident).
 */
export interface PlanInput {
	answers: Readonly<Answers>;
	/** When the user noticed (ISO instant): the PPC dates count from here. */
	discoveredAt?: string;
	now: Date;
	profile?: Profile;
	/** The incident's contact records: a desk no longer recommended that was contacted is kept (stale). */
	contacts?: readonly ContactLike[];
}

/** The plan's step ids for these answers, in order: the steps besides the desks ('next/…'), then the recovery steps ('recovery/<set>/<step>'). */
export function planStepIds(answers: Readonly<Answers>, tree: TriageTree = triageTree): string[] {
	return [...nextStepItems(answers, tree).map((s) => `next/${s.id}`), ...recoveryStepIds(answers, tree).map((id) => `recovery/${id}`)];
}

/**
 * The plan for these answers. With `previous` (a re-triage), what was done is kept: ticked steps
 * and desks with a state stay as they were (marked stale when no longer recommended), items new
 * since then are marked isNew, untouched items no longer recommended are dropped, and the dates
 * the person set stay. The PPC dates are recomputed (the date noticed or the answers may have
 * changed), from the date noticed, else from when the first plan with them was built. An item
 * stays new until it is ticked or its state set, or the plan is seen (`markSeen`).
 */
export function buildPlan({ answers, discoveredAt, now, profile, contacts = [] }: PlanInput, previous?: Plan, tree: TriageTree = triageTree): Plan {
	const at = now.toISOString();
	// Without the date noticed, the PPC deadlines count from the first plan: they never drift on a rebuild.
	const countedFrom = discoveredAt ? undefined : (previous?.ppcFrom ?? at);
	const recs = route({ answers, discoveredAt: discoveredAt ?? countedFrom, now, profile }, tree);
	const before = previous ? new Map(previous.desks.map((d) => [d.deskId, d])) : undefined;
	const desks: PlanDesk[] = recs.map((r) => {
		const choices = r.choices.map((c) => c.deskId);
		const old = before?.get(r.deskId);
		const { stale: _s, choices: _c, ...kept } = old ?? { deskId: r.deskId, addedAt: at };
		return { ...kept, ...(choices.length ? { choices } : {}), ...(previous && !old ? { isNew: true as const } : {}) };
	});
	const recommended = new Set(recs.flatMap((r) => [r.deskId, ...r.choices.map((c) => c.deskId)]));
	for (const old of previous?.desks ?? []) {
		if (desks.some((d) => d.deskId === old.deskId)) continue;
		const contacted = contacts.some((c) => c.deskId === old.deskId || old.choices?.includes(c.deskId));
		// A desk now a choice on another card is not lost: its contacts count for that card.
		if (recommended.has(old.deskId) && !old.state) continue;
		if (old.state || contacted) {
			const { isNew: _n, ...rest } = old;
			desks.push({ ...rest, stale: true });
		}
	}

	const stepsBefore = previous ? new Map(previous.steps.map((s) => [s.id, s])) : undefined;
	const ids = planStepIds(answers, tree);
	const steps: PlanStep[] = ids.map((id) => {
		const old = stepsBefore?.get(id);
		if (old) {
			const { stale: _s, ...rest } = old;
			return rest;
		}
		return { id, addedAt: at, ...(previous ? { isNew: true as const } : {}) };
	});
	for (const old of previous?.steps ?? []) {
		if (ids.includes(old.id) || !old.doneAt) continue;
		const { isNew: _n, ...rest } = old;
		steps.push({ ...rest, stale: true });
	}

	const ppc = recs.find((r) => r.deadlines);
	const ppcDates: PlanDate[] = ppc?.deadlines
		? [
				{ id: 'ppc-preliminary', kind: 'ppc-preliminary', date: ppc.deadlines.preliminaryBy, deskId: ppc.deskId },
				{ id: 'ppc-final', kind: 'ppc-final', date: ppc.deadlines.finalBy, deskId: ppc.deskId }
			]
		: [];
	const own = (previous?.dates ?? []).filter((d) => d.kind !== 'ppc-preliminary' && d.kind !== 'ppc-final');
	return {
		builtAt: at,
		desks,
		steps,
		dates: [...ppcDates, ...own],
		...(countedFrom && ppcDates.length ? { ppcFrom: countedFrom } : {}),
		...(previous?.damagedItems ? { damagedItems: previous.damagedItems } : {})
	};
}
