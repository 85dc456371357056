import { z } from '$lib/zod';

/**
 * The incident's plan (issue 24), stored as `incident.plan`: the desks the triage recommended with
 * the state the person gave each, the steps to tick, and the dates ahead. Below src/lib/incident and
 * src/lib/triage (both import it): it imports nothing of theirs. Built from a triage by
 * `buildPlan` (src/lib/triage/plan.ts); changed by the pure functions of ./plan.ts.
 *
 * Whether a desk was contacted is not stored here: it is derived from the incident's contact
 * records (one home for a contact); a desk stores only what the person says after that
 * (waiting for a reply, done).
 */

const Instant = z.iso.datetime({ offset: true });
const JapanDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const DeskId = z.string().regex(/^[a-z0-9-]+$/);

/** How a desk was reached: a contact record's optional `how`. */
export const ContactHow = z.enum(['phone', 'web', 'mail', 'visit', 'other']);
export type ContactHow = z.infer<typeof ContactHow>;

export const PlanDesk = z.object({
	deskId: DeskId,
	addedAt: Instant,
	/** Added by the last re-triage (not in the plan before it). */
	isNew: z.literal(true).optional(),
	/** No longer recommended after a re-triage, kept because something was done about it. */
	stale: z.literal(true).optional(),
	/** Other desks of the same card (the police: station, online desk): a contact with one counts for the card. */
	choices: z.array(DeskId).optional(),
	/** What the person said after contacting it; 'not yet' and 'contacted' come from the contact records. */
	state: z.enum(['waiting', 'done']).optional(),
	/** With 'waiting': the desk said it would reply by then ("if no reply by … call again"). */
	replyBy: Instant.optional(),
	/** When `state`/`replyBy` were last set: the later one wins when two tabs merge. */
	stateAt: Instant.optional()
});
export type PlanDesk = z.infer<typeof PlanDesk>;

export const PlanStep = z.object({
	/** 'next/<id>' (content/triage/next-steps.json) or 'recovery/<set>/<step>' (content/recovery). */
	id: z.string().regex(/^(next|recovery)\/[a-z0-9-]+(\/[a-z0-9-]+)?$/),
	addedAt: Instant,
	isNew: z.literal(true).optional(),
	doneAt: Instant.optional(),
	stale: z.literal(true).optional()
});
export type PlanStep = z.infer<typeof PlanStep>;

export const PlanDateKind = z.enum(['ppc-preliminary', 'ppc-final', 'callback', 'insurer', 'own']);
export type PlanDateKind = z.infer<typeof PlanDateKind>;

export const PlanDate = z.object({
	id: z.string().min(1).max(200),
	kind: PlanDateKind,
	/** A Japan calendar date. */
	date: JapanDate,
	/** Japan clock time, when the date has one. */
	time: Clock.optional(),
	deskId: DeskId.optional(),
	/** The person's own words for an insurer or own date. */
	label: z.string().max(1000).optional()
});
export type PlanDate = z.infer<typeof PlanDate>;

export const Plan = z.object({
	builtAt: Instant,
	desks: z.array(PlanDesk),
	steps: z.array(PlanStep),
	/**
	 * The PPC dates (from the triage) and the dates the person set (insurer, own). Callback dates are
	 * not stored here: they come from the desks' `replyBy` (see `planDateList`).
	 */
	dates: z.array(PlanDate),
	/** Without a date noticed, when the PPC deadlines count from: the first plan that had them. */
	ppcFrom: Instant.optional(),
	/** Items of the stored plan that could not be read and were left out: the screens say so until dismissed. */
	damagedItems: z.number().int().positive().optional()
});
export type Plan = z.infer<typeof Plan>;

/** What the plan needs of a contact record (src/lib/incident/schema.ts ContactRecord). */
export interface ContactLike {
	deskId: string;
	at: string;
	how?: ContactHow;
	reference: string;
	outcome: string;
}

const LISTS = { desks: PlanDesk, steps: PlanStep, dates: PlanDate } as const;

/**
 * A stored plan, read item by item: a damaged desk, step or date is left out and counted, never
 * the whole plan (nor the incident) with it. A plan that is not an object at all reads as none,
 * counted as one. Items with the same id as an earlier one count as damaged too.
 */
export function readPlan(raw: unknown): { plan?: Plan; dropped: number } {
	if (raw === undefined) return { dropped: 0 };
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { dropped: 1 };
	const r = raw as Record<string, unknown>;
	let dropped = 0;
	const builtAt = Instant.safeParse(r.builtAt);
	if (!builtAt.success) dropped++;
	const lists = {} as { desks: PlanDesk[]; steps: PlanStep[]; dates: PlanDate[] };
	for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
		const items = r[key];
		const out: unknown[] = [];
		const seen = new Set<string>();
		if (!Array.isArray(items)) {
			if (items !== undefined) dropped++;
		} else {
			for (const item of items) {
				const parsed = LISTS[key].safeParse(item);
				const id = parsed.success ? (key === 'desks' ? (parsed.data as PlanDesk).deskId : (parsed.data as PlanStep | PlanDate).id) : undefined;
				if (!parsed.success || seen.has(id!)) {
					dropped++;
					continue;
				}
				seen.add(id!);
				out.push(parsed.data);
			}
		}
		(lists as Record<string, unknown[]>)[key] = out;
	}
	const ppcFrom = Instant.safeParse(r.ppcFrom);
	if (r.ppcFrom !== undefined && !ppcFrom.success) dropped++;
	const before = z.number().int().positive().safeParse(r.damagedItems);
	const damagedItems = (before.success ? before.data : 0) + dropped;
	const plan: Plan = {
		builtAt: builtAt.success ? builtAt.data : new Date(0).toISOString(),
		...lists,
		...(ppcFrom.success ? { ppcFrom: ppcFrom.data } : {}),
		...(damagedItems > 0 ? { damagedItems } : {})
	};
	return { plan, dropped };
}

/**
 * The plan as the incident schema reads it: damaged items dropped and counted in `damagedItems`,
 * a plan that is not an object at all kept as an empty one that says so.
 */
export const StoredPlan = z.preprocess((raw) => {
	const { plan, dropped } = readPlan(raw);
	return plan ?? { builtAt: new Date(0).toISOString(), desks: [], steps: [], dates: [], damagedItems: Math.max(1, dropped) };
}, Plan);

/**
 * One change the person makes to the plan, as the editor keeps it until it is written (and in the
 * draft that survives a killed tab). Each carries its own time, so applying it twice changes
 * nothing more than once, and each is applied to the stored plan inside the store's transaction,
 * so two tabs ticking different steps both keep their ticks.
 */
export const PlanOp = z.discriminatedUnion('op', [
	z.object({ op: z.literal('tick'), id: z.string().min(1).max(200), done: z.boolean(), at: Instant }),
	z.object({ op: z.literal('desk'), deskId: DeskId, state: z.enum(['waiting', 'done']).optional(), replyBy: Instant.optional(), at: Instant }),
	z.object({ op: z.literal('add-date'), date: PlanDate }),
	z.object({ op: z.literal('remove-date'), id: z.string().min(1).max(200), at: Instant }),
	z.object({ op: z.literal('dismiss-damaged') }),
	/** The plan was seen: nothing is marked new any more. */
	z.object({ op: z.literal('seen') }),
	/** A plan built after a triage, put over the stored one keeping what was done there (`rebasePlan`). */
	z.object({ op: z.literal('set'), plan: Plan })
]);
export type PlanOp = z.infer<typeof PlanOp>;
