import type { Desk, DeskKind, Localized } from '$lib/content/schema';
import { desks as contentDesks } from '$lib/content/desks';
import { ownContactsWording } from '$lib/content/own-contacts';
import { fill } from '$lib/content/template';
import { triageTree, type CalmOutcome, type RuleSource, type TriageTree, type Urgency } from '$lib/content/triage';
import { ownDesks, roleOfDeskId } from '$lib/profile/own-desks';
import type { Profile } from '$lib/profile/schema';
import { ppcDeadlines, type PpcDeadlines } from '$lib/time/deadlines';
import { evaluate, holds, type Answers, type Evaluation } from './flow';
import { ownLead } from './own-contacts';
import { conditionsHeld } from './ppc';

export type { Urgency };

/**
 * From the answers to the desks, in the order to contact them, each with its reasons in the
 * user's words. Everything is content: the rules (content/triage/rules/*.json) say which desk
 * applies and why; each desk's kind and content/triage/order.json say where it goes. This only
 * applies them:
 * - every rule whose condition holds adds its desk; a desk named by several rules appears once, at
 *   its earliest tier and most urgent, with every reason;
 * - desks go by tier (110; a desk that can still stop money; a report the law requires; the
 *   situation's own desks; reports that only help others), then urgency, then the first rule that
 *   named them (rule files in file-name order);
 * - the desks of a kind in `oneCard` (the police) become one card, the others choices on it;
 * - the first three never share a kind: a second desk of a kind waits until after them.
 * With a profile, its contacts are desks like any other (named by rules, or standing in for a
 * generic desk such as "your bank"), and its prefecture picks the regional police desk.
 */
export interface Choice {
	deskId: string;
	desk: Desk;
	urgency: Urgency;
	reasons: Localized[];
}

export interface Recommendation {
	deskId: string;
	/** The desk: a content file, or one of the profile's contacts. */
	desk: Desk;
	kind: DeskKind;
	/** The tier of content/triage/order.json it is placed in. */
	tier: string;
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
	/** Other desks of the same kind, shown as choices on this card (the police: station, online desk, #9110). */
	choices: Choice[];
}

export interface RoutingInput {
	answers: Readonly<Answers>;
	/** When the user noticed it (ISO instant); the PPC deadlines count from here. */
	discoveredAt?: string;
	now: Date;
	/** 平時の備え: its contacts become desks, its prefecture picks the regional police desk. */
	profile?: Profile;
	/** The desks rules may name; the content's by default. */
	desks?: readonly Desk[];
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

/** The path where nothing harmful has happened, if the answers are on one (content/triage/calm.json). */
export function calmOutcome(answers: Readonly<Answers>, tree: TriageTree = triageTree): CalmOutcome | undefined {
	const e = evaluate(tree, answers);
	return tree.calm.find((o) => holds(o.when, e));
}

/** The desks this result can name: the content's, with the profile's contacts standing in where they stand for one. */
function deskResolver(profile: Profile | undefined, all: readonly Desk[], tree: TriageTree, e: Evaluation) {
	const byId = new Map(all.map((d) => [d.id, d]));
	const own = new Map(ownDesks(profile).map((d) => [d.id, d]));
	const standIn = new Map<string, string>();
	for (const id of own.keys()) {
		const role = roleOfDeskId(id);
		const generic = role && ownContactsWording.roles[role].standsFor;
		// A contact with rules of its own stands in only where one of them holds (お助け隊: not when the user says there is no contract now).
		const itsRules = tree.rules.filter((r) => r.desk === id);
		if (generic && (itsRules.length === 0 || itsRules.some((r) => holds(r.when, e)))) standIn.set(generic, id);
	}
	// The profile's prefecture picks a regional desk over the national one it stands for (content/triage/order.json).
	for (const r of tree.order.regional) {
		const local = profile?.prefecture ? all.find((d) => d.kind === r.kind && d.region === profile.prefecture) : undefined;
		if (local) standIn.set(r.standsFor, local.id);
	}
	return (id: string): Desk | undefined => {
		const mapped = standIn.get(id) ?? id;
		return own.get(mapped) ?? byId.get(mapped);
	};
}

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

export function route({ answers, discoveredAt, now, profile, desks = contentDesks }: RoutingInput, tree: TriageTree = triageTree): Recommendation[] {
	const e = evaluate(tree, answers);
	const deskOf = deskResolver(profile, desks, tree, e);
	const tierOfKind = (kind: DeskKind) => tree.order.tiers.findIndex((t) => t.kinds.includes(kind));
	const tierIndex = (id: string) => tree.order.tiers.findIndex((t) => t.id === id);
	type Found = Recommendation & { order: number; tierRank: number };
	const found = new Map<string, Found>();
	let ppc: PpcReport | undefined;
	const apply = (fallback: boolean) => {
		for (const rule of tree.rules) {
			if (Boolean(rule.fallback) !== fallback || !holds(rule.when, e)) continue;
			const desk = deskOf(rule.desk);
			// A rule for one of the profile's contacts applies only when the profile has it.
			if (!desk) continue;
			const reason = reasonFor(rule.reason, e, tree);
			const prepare = (rule.prepare ?? []).map((id) => tree.prepare[id]!);
			let rec = found.get(desk.id);
			if (!rec) {
				const lead = profile ? ownLead(profile, desk.id) : undefined;
				const tierRank = tierOfKind(desk.kind);
				rec = {
					deskId: desk.id,
					desk,
					kind: desk.kind,
					tier: tree.order.tiers[tierRank]!.id,
					tierRank,
					urgency: rule.urgency,
					reasons: lead ? [lead] : [],
					prepare: [],
					rules: [],
					choices: [],
					order: found.size
				};
				found.set(desk.id, rec);
			}
			if (rule.tier !== undefined && tierIndex(rule.tier) < rec.tierRank) {
				rec.tierRank = tierIndex(rule.tier);
				rec.tier = rule.tier;
			}
			if (URGENCY_RANK[rule.urgency] < URGENCY_RANK[rec.urgency]) rec.urgency = rule.urgency;
			if (!rec.reasons.some((r) => r.ja === reason.ja)) rec.reasons.push(reason);
			for (const p of prepare) if (!rec.prepare.includes(p)) rec.prepare.push(p);
			rec.rules.push({ id: rule.id, file: rule.file, sources: rule.sources });
			if (rule.deadlines === 'ppc') {
				ppc ??= ppcReport(e, { discoveredAt, now });
				rec.deadlines = ppc.deadlines;
				rec.reportRequired = ppc.required;
			}
		}
	};
	apply(false);
	if (found.size === 0) apply(true);

	const sorted = [...found.values()].sort(
		(a, b) => a.tierRank - b.tierRank || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.order - b.order
	);
	// One card for the desks of a kind that are ways to reach the same service (the police).
	const merged: Found[] = [];
	for (const rec of sorted) {
		const card = tree.order.oneCard.some((c) => c.kind === rec.kind) ? merged.find((m) => m.kind === rec.kind) : undefined;
		if (card) card.choices.push({ deskId: rec.deskId, desk: rec.desk, urgency: rec.urgency, reasons: rec.reasons });
		else merged.push(rec);
	}
	// The first three never share a kind.
	const first: Found[] = [];
	const rest: Found[] = [];
	for (const rec of merged) {
		if (first.length < 3 && !first.some((f) => f.kind === rec.kind)) first.push(rec);
		else rest.push(rec);
	}
	// On a calm path the desks are there for reassurance: none is urgent.
	const calm = calmOutcome(answers, tree) !== undefined;
	return [...first, ...rest].map(({ order: _order, tierRank: _rank, ...rec }) =>
		calm ? { ...rec, urgency: 'convenient', choices: rec.choices.map((c) => ({ ...c, urgency: 'convenient' })) } : rec
	);
}

/** What to do besides contacting desks (content/triage/next-steps.json), in order. */
export function nextSteps(answers: Readonly<Answers>, tree: TriageTree = triageTree): Localized[] {
	return nextStepItems(answers, tree).map((s) => s.text);
}

/** The same steps with their content ids, so a plan can keep a tick on each. */
export function nextStepItems(answers: Readonly<Answers>, tree: TriageTree = triageTree): { id: string; text: Localized }[] {
	const e = evaluate(tree, answers);
	return tree.nextSteps.filter((s) => !s.when || holds(s.when, e)).map((s) => ({ id: s.id, text: s.text }));
}
