import { japanDate, japanClock } from '$lib/time/japan-time';
import type { ContactLike, Plan, PlanDate, PlanDesk, PlanOp, PlanStep } from './schema';

/**
 * The plan's pure functions: what a desk's status is, ticking a step, the person's dates, progress,
 * and the changes two tabs make, applied one after another to the stored plan (applyPlanOps) or a
 * rebuilt plan put over it (rebasePlan). None reads the clock: `now` is passed in.
 */

export type DeskStatus = 'not-yet' | 'contacted' | 'waiting' | 'done';

export interface DeskStatusResult<C extends ContactLike = ContactLike> {
	status: DeskStatus;
	/** The latest contact record with this desk (or one of its card's choices). */
	last?: C;
	/** With 'waiting': when the desk said it would reply. */
	replyBy?: string;
	/** Waiting past `replyBy`: time to call again. */
	overdue: boolean;
}

/** The contact records that count for a plan desk: its own, and its card's choices'. */
export function contactsFor<C extends ContactLike>(desk: PlanDesk | undefined, contacts: readonly C[], deskId: string): C[] {
	const ids = new Set([deskId, ...(desk?.choices ?? [])]);
	return contacts.filter((c) => ids.has(c.deskId)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * A desk's status: 'done' or 'waiting' as the person set it; otherwise 'contacted' once a contact
 * record names it (or one of its card's choices), else 'not yet'.
 */
export function deskStatus<C extends ContactLike>(plan: Plan, contacts: readonly C[], deskId: string, now: Date): DeskStatusResult<C> {
	const desk = plan.desks.find((d) => d.deskId === deskId);
	const mine = contactsFor(desk, contacts, deskId);
	const last = mine.at(-1);
	const withLast = last ? { last } : {};
	if (desk?.state === 'done') return { status: 'done', ...withLast, overdue: false };
	if (desk?.state === 'waiting') {
		const overdue = desk.replyBy !== undefined && Date.parse(desk.replyBy) < now.getTime();
		return { status: 'waiting', ...withLast, ...(desk.replyBy ? { replyBy: desk.replyBy } : {}), overdue };
	}
	return { status: last ? 'contacted' : 'not-yet', ...withLast, overdue: false };
}

/**
 * Sets what the person says after contacting a desk: waiting for a reply (by `replyBy`, an
 * instant, when the desk named one), done, or neither (back to what the contact records say).
 */
export function setDeskState(plan: Plan, deskId: string, state: 'waiting' | 'done' | undefined, now: Date, replyBy?: string): Plan {
	return {
		...plan,
		desks: plan.desks.map((d) => {
			if (d.deskId !== deskId) return d;
			const { state: _s, replyBy: _r, isNew: _n, ...rest } = d;
			return {
				...rest,
				...(state ? { state } : {}),
				...(state === 'waiting' && replyBy ? { replyBy } : {}),
				stateAt: now.toISOString()
			};
		})
	};
}

/** Ticks (or unticks) a step. An unknown id changes nothing. */
export function tickStep(plan: Plan, id: string, done: boolean, now: Date): Plan {
	return {
		...plan,
		steps: plan.steps.map((s) => {
			if (s.id !== id) return s;
			const { doneAt: _d, isNew: _n, ...rest } = s;
			return done ? { ...rest, doneAt: s.doneAt ?? now.toISOString() } : rest;
		})
	};
}

/** Adds a date the person sets (the insurer's notice period, an own date), or replaces the one with its id. */
export function addDate(plan: Plan, date: PlanDate): Plan {
	const others = plan.dates.filter((d) => d.id !== date.id);
	return { ...plan, dates: [...others, date] };
}

/** Removes a date; a callback date (`callback/<desk>`) is removed by clearing that desk's replyBy. */
export function removeDate(plan: Plan, id: string, now: Date): Plan {
	const callback = id.startsWith(CALLBACK) ? id.slice(CALLBACK.length) : undefined;
	if (callback !== undefined) {
		const desk = plan.desks.find((d) => d.deskId === callback);
		return desk?.replyBy ? setDeskState(plan, callback, desk.state, now) : plan;
	}
	return { ...plan, dates: plan.dates.filter((d) => d.id !== id) };
}

const CALLBACK = 'callback/';

/**
 * Every date of the plan, earliest first: the stored ones (PPC, insurer, own) and a callback
 * date for each desk waiting with a `replyBy` (id `callback/<desk>`, Japan date and time).
 */
export function planDateList(plan: Plan): PlanDate[] {
	const callbacks: PlanDate[] = plan.desks
		.filter((d) => d.state === 'waiting' && d.replyBy)
		.map((d) => ({ id: CALLBACK + d.deskId, kind: 'callback', date: japanDate(d.replyBy!), time: japanClock(d.replyBy!).slice(0, 5), deskId: d.deskId }));
	return [...plan.dates, ...callbacks].sort((a, b) => dateKey(a).localeCompare(dateKey(b)));
}

const dateKey = (d: PlanDate) => `${d.date}T${d.time ?? '99:99'}`;

export interface Progress {
	done: number;
	total: number;
	/** What to do next: a desk waiting past its reply date, the first desk not yet contacted (or its date), the first step, else the next date. */
	next?: { kind: 'date' | 'desk' | 'step'; id: string; date?: string };
}

/**
 * "3 of 7 done, next: …". Counts the desks and steps still recommended (not the stale ones): a
 * desk is done once contacted (contacted, waiting or done), a step once ticked.
 */
export function progress(plan: Plan, contacts: readonly ContactLike[], now: Date): Progress {
	const desks = plan.desks.filter((d) => !d.stale);
	const steps = plan.steps.filter((s) => !s.stale);
	const statuses = desks.map((d) => ({ desk: d, ...deskStatus(plan, contacts, d.deskId, now) }));
	const done = statuses.filter((s) => s.status !== 'not-yet').length + steps.filter((s) => s.doneAt).length;
	const today = japanDate(now);
	const ahead = planDateList(plan).filter((d) => d.date >= today);
	const result: Progress = { done, total: desks.length + steps.length };
	const overdue = statuses.filter((s) => s.overdue).sort((a, b) => Date.parse(a.replyBy!) - Date.parse(b.replyBy!))[0];
	const firstDesk = statuses.find((s) => s.status === 'not-yet');
	const firstStep = steps.find((s) => !s.doneAt);
	if (overdue) result.next = { kind: 'desk', id: overdue.desk.deskId, date: japanDate(overdue.replyBy!) };
	else if (firstDesk) {
		const date = ahead.find((d) => d.deskId === firstDesk.desk.deskId);
		result.next = date ? { kind: 'date', id: date.id, date: date.date } : { kind: 'desk', id: firstDesk.desk.deskId };
	} else if (firstStep) result.next = { kind: 'step', id: firstStep.id };
	else if (ahead[0]) result.next = { kind: 'date', id: ahead[0].id, date: ahead[0].date };
	return result;
}

/** The plan as seen: nothing in it is marked new any more. */
export function markSeen(plan: Plan): Plan {
	return { ...plan, desks: plan.desks.map(withoutNew), steps: plan.steps.map(withoutNew) };
}

/** The notice about damaged items, once the person has seen it. */
export function dismissDamaged(plan: Plan): Plan {
	const { damagedItems: _gone, ...rest } = plan;
	return rest;
}

/**
 * A plan built from a triage put over the stored one, which another tab may have changed since
 * the plan was built: the built plan says what is recommended; what was done in the stored one
 * stays (a tick, a desk's later state; done items it no longer recommends kept as stale), and the
 * dates the person set there stay.
 */
export function rebasePlan(built: Plan, stored: Plan | undefined): Plan {
	if (!stored) return built;
	const steps = built.steps.map((s) => {
		const old = stored.steps.find((o) => o.id === s.id);
		return old?.doneAt && !s.doneAt ? { ...s, doneAt: old.doneAt } : s;
	});
	for (const old of stored.steps) if (old.doneAt && !steps.some((s) => s.id === old.id)) steps.push({ ...withoutNew(old), stale: true });
	const desks = built.desks.map((d) => {
		const old = stored.desks.find((o) => o.deskId === d.deskId);
		if (!old?.stateAt || Date.parse(old.stateAt) <= Date.parse(d.stateAt ?? '1970-01-01T00:00:00Z')) return d;
		const { state: _s, replyBy: _r, stateAt: _a, ...rest } = d;
		return { ...rest, ...(old.state ? { state: old.state } : {}), ...(old.replyBy ? { replyBy: old.replyBy } : {}), stateAt: old.stateAt };
	});
	for (const old of stored.desks) if (old.state && !desks.some((d) => d.deskId === old.deskId)) desks.push({ ...withoutNew(old), stale: true });
	const dates = [...built.dates, ...stored.dates.filter((d) => (d.kind === 'insurer' || d.kind === 'own') && !built.dates.some((b) => b.id === d.id))];
	return { ...built, desks, steps, dates };
}

function withoutNew<T extends { isNew?: true }>(x: T): T {
	const { isNew: _n, ...rest } = x;
	return rest as T;
}

/** One change applied to the plan (none yet: only a 'set' makes one). */
export function applyPlanOp(plan: Plan | undefined, op: PlanOp): Plan | undefined {
	if (op.op === 'set') return rebasePlan(op.plan, plan);
	if (!plan) return plan;
	switch (op.op) {
		case 'tick':
			return tickStep(plan, op.id, op.done, new Date(op.at));
		case 'desk':
			return setDeskState(plan, op.deskId, op.state, new Date(op.at), op.replyBy);
		case 'add-date':
			return addDate(plan, op.date);
		case 'remove-date':
			return removeDate(plan, op.id, new Date(op.at));
		case 'dismiss-damaged':
			return dismissDamaged(plan);
		case 'seen':
			return markSeen(plan);
	}
}

export function applyPlanOps(plan: Plan | undefined, ops: readonly PlanOp[]): Plan | undefined {
	return ops.reduce(applyPlanOp, plan);
}
