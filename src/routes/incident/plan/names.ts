// What the plan's screens call a desk and a date, and the one progress line of the plan, the list
// and the details page. A step's words are in $lib/triage/step-words.ts (they bring the recovery content).
import { deskName } from '$lib/incident/desk-names';
import type { DeskId } from '$lib/content/desk-ids';
import type { PlanDate } from '$lib/plan/schema';
import { formatJapanDate, type JapanDate } from '$lib/time/japan-time';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** A desk's name: a content desk or one of the profile's contacts (named by `own` when given). */
export function deskLabel(id: string, locale: Locale, own?: (id: string) => string | undefined): string {
	return own?.(id) ?? deskName(id as DeskId, locale);
}

/** What a date is for, in the person's words where they gave some. */
export function dateLabel(d: Pick<PlanDate, 'kind' | 'deskId' | 'label'>, locale: Locale, own?: (id: string) => string | undefined): string {
	const opts = { locale };
	switch (d.kind) {
		case 'ppc-preliminary':
			return m.plan_date_ppc_preliminary({}, opts);
		case 'ppc-final':
			return m.plan_date_ppc_final({}, opts);
		case 'callback':
			return d.deskId ? m.plan_date_callback({ desk: deskLabel(d.deskId, locale, own) }, opts) : m.plan_date_callback_plain({}, opts);
		case 'insurer':
			return d.label || m.plan_date_insurer({}, opts);
		case 'own':
			return d.label || m.plan_date_own({}, opts);
	}
}

/** A long step shortened for one line (the whole text is on the plan). */
export function shorten(text: string, max = 40): string {
	const chars = [...text];
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** The progress line: 「7件中3件済み」, and the next thing to do with its date when it has one. */
export function progressLine(
	p: { done: number; total: number; next?: { kind: 'date' | 'desk' | 'step'; id: string; date?: string } },
	names: { date: (id: string) => string | undefined; desk: (id: string) => string; step: (id: string) => string | undefined },
	locale: Locale
): { count: string; next?: string } {
	const opts = { locale };
	const count = p.total > 0 && p.done >= p.total ? m.plan_progress_all_done({ total: String(p.total) }, opts) : m.plan_progress({ done: String(p.done), total: String(p.total) }, opts);
	if (!p.next) return { count };
	const item = p.next.kind === 'desk' ? names.desk(p.next.id) : p.next.kind === 'date' ? names.date(p.next.id) : names.step(p.next.id);
	if (!item) return { count };
	// A step is a sentence: cut to one line (the whole of it is on the plan). Names stay whole.
	const label = p.next.kind === 'step' ? shorten(item, locale === 'ja' ? 40 : 70) : item;
	const next = p.next.date
		? m.plan_progress_next_by({ item: label, date: formatJapanDate(p.next.date as JapanDate, locale) }, opts)
		: m.plan_progress_next({ item: label }, opts);
	return { count, next };
}
