import type { Desk, Localized } from '$lib/content/schema';
import { fill } from '$lib/content/template';
import { triageTree, type RuleSource, type TriageTree, type Urgency } from '$lib/content/triage';
import { ppcDeadlines, type PpcDeadlines } from '$lib/time/deadlines';
import { evaluate, holds, type Answers, type Evaluation } from './flow';
import { conditionsHeld } from './ppc';

export type { Urgency };

/**
 * From the answers to the desks, in the order to contact them, each with its reasons in the
 * user's words. The rules are content (content/triage/rules/*.json); this only applies them:
 * every rule whose condition holds adds its desk. A desk named by several rules appears once, at
 * its most urgent, with every reason. Desks are ordered by urgency, then by the first rule that
 * named them (rule files in file-name order).
 */
export interface Recommendation {
	deskId: string;
	urgency: Urgency;
	/** One sentence per rule that named this desk; the first is the one-line reason. */
	reasons: Localized[];
	/** What to have ready when contacting the desk. */
	prepare: Localized[];
	/** The personal-data report deadlines, counted from when the user noticed. */
	deadlines?: PpcDeadlines;
	/** With deadlines: true when a report condition holds, false when the user must check. */
	reportRequired?: boolean;
	/** The rules behind it, with their sources. */
	rules: { id: string; file: string; sources: RuleSource[] }[];
	/** A desk that is no content file: one of the user's own contacts (src/lib/triage/own-contacts.ts). */
	desk?: Desk;
}

export interface RoutingInput {
	answers: Readonly<Answers>;
	/** When the user noticed it (ISO instant); the PPC deadlines count from here. */
	discoveredAt?: string;
	now: Date;
}

const URGENCY_RANK: Record<Urgency, number> = { now: 0, days: 1, convenient: 2 };

/** A reason with its {conditions} slot (checked by validate-triage.ts) filled with the PPC conditions that hold. */
function reasonFor(text: Localized, e: Evaluation, tree: TriageTree): Localized {
	const held = conditionsHeld(e.ppc);
	return {
		ja: fill<'conditions'>(text, 'ja', { conditions: held.map((c) => tree.ppc[c].ja).join('・') }),
		en: fill<'conditions'>(text, 'en', { conditions: held.map((c) => tree.ppc[c].en).join(', ') })
	};
}

export function route({ answers, discoveredAt, now }: RoutingInput, tree: TriageTree = triageTree): Recommendation[] {
	const e = evaluate(tree, answers);
	const found = new Map<string, Recommendation & { order: number }>();
	const apply = (fallback: boolean) => {
		for (const rule of tree.rules) {
			if (Boolean(rule.fallback) !== fallback || !holds(rule.when, e)) continue;
			const reason = reasonFor(rule.reason, e, tree);
			const prepare = (rule.prepare ?? []).map((id) => tree.prepare[id]!);
			let rec = found.get(rule.desk);
			if (!rec) {
				rec = { deskId: rule.desk, urgency: rule.urgency, reasons: [], prepare: [], rules: [], order: found.size };
				found.set(rule.desk, rec);
			}
			if (URGENCY_RANK[rule.urgency] < URGENCY_RANK[rec.urgency]) rec.urgency = rule.urgency;
			if (!rec.reasons.some((r) => r.ja === reason.ja)) rec.reasons.push(reason);
			for (const p of prepare) if (!rec.prepare.includes(p)) rec.prepare.push(p);
			rec.rules.push({ id: rule.id, file: rule.file, sources: rule.sources });
			if (rule.deadlines === 'ppc') {
				rec.deadlines = ppcDeadlines(discoveredAt ?? now, e.ppc.conditions.unlawful === 'yes');
				rec.reportRequired = e.ppc.outcome === 'required';
			}
		}
	};
	apply(false);
	if (found.size === 0) apply(true);
	return [...found.values()]
		.sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.order - b.order)
		.map(({ order: _order, ...rec }) => rec);
}

/** What to do besides contacting desks (content/triage/next-steps.json), in order. */
export function nextSteps(answers: Readonly<Answers>, tree: TriageTree = triageTree): Localized[] {
	const e = evaluate(tree, answers);
	return tree.nextSteps.filter((s) => !s.when || holds(s.when, e)).map((s) => s.text);
}
