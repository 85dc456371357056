// What the plan's screens call each item: a step's words (next steps from the triage content,
// recovery steps from content/recovery, found by the id the plan keeps, even when the answers no
// longer recommend it), a date's name, and the one progress line of the list and the details page.
import { triageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import type { Localized } from '$lib/content/schema';
import type { RuleSource } from '$lib/content/triage';
import type { Certainty } from '$lib/content/schema';
import { deskName } from '$lib/incident/desk-names';
import type { DeskId } from '$lib/content/desk-ids';
import type { PlanDate } from '$lib/plan/schema';
import { formatJapanDate, type JapanDate } from '$lib/time/japan-time';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

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
	const label = shorten(item);
	const next = p.next.date
		? m.plan_progress_next_by({ item: label, date: formatJapanDate(p.next.date as JapanDate, locale) }, opts)
		: m.plan_progress_next({ item: label }, opts);
	return { count, next };
}
