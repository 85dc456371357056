import type { DeskId } from '$lib/content/desk-ids';
import type { ContactRecord, Incident, Sender } from './schema';
import { ppcDraft, summaryWording as w } from '$lib/content/documents';
import { fill, type Template } from '$lib/content/template';
import type { Locale } from '$lib/paraglide/runtime';
import { formatJapanDate, formatJapanTime, japanDate, japanInstant } from '$lib/time/japan-time';
import { deskStatus, planDateList } from '$lib/plan/plan';
import { evidenceList, formatBytes } from './evidence';
import { showBidi } from '$lib/content/bidi';

export type { Locale };

export type { Sender };

/** For police desks: a 被害届 is filed at the station; everything else is a consultation. */
export type PoliceRequest = 'damage-report' | 'consultation';

export interface SummaryOptions {
	locale: Locale;
	deskId?: DeskId;
	sender?: Sender;
	now: Date;
	/** Names desks (the addressee and contacts made); the id is shown when it is not given. */
	deskName?: (id: DeskId) => string | undefined;
	/** Whom to greet instead of the desk's name: an own contact's provider (「まもるくんサポート ご担当者様」). */
	addressee?: string;
	policeRequest?: PoliceRequest;
	/** What the triage learned, already in words (src/lib/triage/describe.ts). */
	situation?: SituationFacts;
}

/** The triage's answers as the summary shows them; plain data, so this module needs no triage code. */
export interface SituationFacts {
	lines: { label: string; value: string }[];
	/** Where a personal-data report may be due: dates are Japan dates ('YYYY-MM-DD'). */
	ppc?: { required: boolean; deadlines: { learnedOn: string; preliminaryBy: string; finalBy: string; finalDays: number } };
	/** The words of the plan's steps by id ('next/…', 'recovery/…'), for the list of what was done. */
	stepText?: Readonly<Record<string, string>>;
}

export interface Summary {
	subject: string;
	body: string;
	/** Things the sender must do that the text alone cannot (e.g. attach the email as a file). */
	reminders: string[];
}

type Kind = 'jcrat' | 'ppc' | 'police' | 'other';

export function deskKind(deskId: DeskId | undefined): Kind {
	if (deskId === 'ipa-jcrat') return 'jcrat';
	if (deskId === 'ppc-leak-report') return 'ppc';
	if (deskId?.startsWith('police-')) return 'police';
	return 'other';
}

/** Sorted by time; entries with the same time keep the order they were written in. */
function byTime<T extends { at: string }>(items: readonly T[]): T[] {
	return items
		.map((item, index) => ({ item, index, t: Date.parse(item.at) }))
		.sort((a, b) => a.t - b.t || a.index - b.index)
		.map((x) => x.item);
}

const filled = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : undefined);

/**
 * The summary a desk reads, as plain text, in the order they ask for it (seed 000
 * 「事前に情報を整理しましょう」). User text goes in as typed: no trimming inside, no truncation;
 * whoever shows it shows it as text. Only bidi controls are shown as markers (./bidi.ts), so a
 * file name cannot read backwards at the desk.
 */
export function renderSummary(incident: Incident, options: SummaryOptions): Summary {
	// The wording is content (content/documents/summary.json); `say` picks the language, `fill` fills a template's slots.
	const locale = options.locale;
	const say = (text: Template<never>) => text[locale];
	const kind = deskKind(options.deskId);
	const name = (id: DeskId) => options.deskName?.(id) ?? id;
	const when = (at: string) => formatJapanTime(at, locale);
	const d = incident.details;
	const lines: string[] = [];
	const heading = (text: string) => lines.push('', `■ ${text}`);
	const value = (text: string | undefined, empty: string = say(w.unknown)) => filled(text) ?? empty;
	const field = (label: string, text: string | undefined) => lines.push(`${label}: ${value(text)}`);
	const reminders: string[] = [];

	const addressee = filled(options.addressee) ?? (options.deskId ? name(options.deskId) : undefined);
	lines.push(addressee ? fill(w.greetingTo, locale, { desk: addressee }) : say(w.greeting), '', say(w.intro));

	const situation = options.situation;
	if (situation?.lines.length) {
		heading(say(w.situation));
		for (const { label, value } of situation.lines) lines.push(`${label}: ${value}`);
	}
	if (situation?.ppc && (kind === 'ppc' || !options.deskId)) {
		const { deadlines, required } = situation.ppc;
		const date = (d: string) => formatJapanDate(d, locale);
		heading(fill(w.ppcDeadlines, locale, { learned: date(deadlines.learnedOn) }));
		lines.push(
			fill(w.ppcPreliminary, locale, { date: date(deadlines.preliminaryBy) }),
			fill(w.ppcFinal, locale, { date: date(deadlines.finalBy), days: deadlines.finalDays })
		);
		if (!required) lines.push(say(w.ppcCheck));
	}

	heading(say(w.happened));
	field(say(w.discovered), incident.discoveredAt && when(incident.discoveredAt));
	lines.push(`${say(w.whatHappened)}:`, value(d.whatHappened));
	const observed = byTime(incident.timeline.filter((e) => e.kind !== 'done'));
	if (observed.length) {
		lines.push(`${say(w.observed)}:`);
		for (const e of observed) lines.push(`- ${when(e.at)} [${say(w.kinds[e.kind])}] ${e.text}`);
	}

	const files = evidenceList(incident);
	if (files.length) {
		heading(say(w.evidence));
		for (const f of files) {
			lines.push(`- ${when(f.at)} ${f.ref.name} (${formatBytes(f.ref.size, options.locale)})`, `  ${say(w.hash)}: ${f.ref.sha256}`);
		}
	}

	heading(say(w.devices));
	field(say(w.deviceType), d.deviceType);
	field(say(w.os), d.os);
	field(say(w.securitySoftware), d.securitySoftware);
	field(say(w.cloudServices), d.cloudServices);

	heading(say(w.done));
	// What the person wrote as done, the plan's ticked steps and the desks they finished with, by time.
	const plan = incident.plan;
	const done = byTime([
		...incident.timeline.filter((e) => e.kind === 'done').map((e) => ({ at: e.at, text: e.text })),
		...(plan?.steps ?? [])
			.filter((st) => st.doneAt && situation?.stepText?.[st.id])
			.map((st) => ({ at: st.doneAt!, text: `[${say(w.planStep)}] ${situation!.stepText![st.id]}` })),
		...(plan?.desks ?? [])
			.filter((d) => d.state === 'done' && d.stateAt)
			.map((d) => ({ at: d.stateAt!, text: fill(w.deskDone, locale, { desk: name(d.deskId as DeskId) }) }))
	]);
	if (done.length) for (const e of done) lines.push(`- ${when(e.at)} ${e.text}`);
	else lines.push(say(w.noneDone));

	heading(say(w.why));
	lines.push(value(d.whySuspected));

	heading(say(w.consulted));
	lines.push(value(d.desksConsulted, say(w.notRecorded)));
	if (incident.contacts.length) {
		lines.push(`${say(w.contactsMade)}:`);
		for (const c of byTime<ContactRecord>(incident.contacts)) {
			const extra = [
				c.how && say(w.how[c.how]),
				filled(c.reference) && `${say(w.reference)}: ${c.reference}`,
				filled(c.outcome) && `${say(w.outcome)}: ${c.outcome}`
			].filter(Boolean);
			lines.push(`- ${when(c.at)} ${name(c.deskId)}${extra.length ? ` (${extra.join(' / ')})` : ''}`);
		}
	}

	if (plan) {
		// Replies awaited and the dates ahead (the PPC's have their own section above).
		const waiting = plan.desks
			.filter((d) => !d.stale && deskStatus(plan, incident.contacts, d.deskId, options.now).status === 'waiting')
			.map((d) =>
				d.replyBy
					? fill(w.waitingBy, locale, { desk: name(d.deskId as DeskId), date: when(d.replyBy) })
					: fill(w.waiting, locale, { desk: name(d.deskId as DeskId) })
			);
		const today = japanDate(options.now);
		const dates = planDateList(plan)
			.filter((d) => d.date >= today && (d.kind === 'insurer' || d.kind === 'own'))
			.map((d) => `${d.time ? when(japanInstant(d.date, d.time).toISOString()) : formatJapanDate(d.date, locale)} ${say(w.dateKinds[d.kind])}${filled(d.label) ? `: ${d.label}` : ''}`);
		if (waiting.length || dates.length) {
			heading(say(w.ahead));
			for (const line of [...waiting, ...dates]) lines.push(`- ${line}`);
		}
	}

	if (kind === 'jcrat') {
		heading(say(w.jcrat));
		lines.push(say(w.jcratText));
		reminders.push(say(w.jcratReminder));
	} else if (kind === 'ppc') {
		heading(say(w.ppc));
		// The nine items have one home, the PPC draft's content (ppc-draft.json), numbered in their labels.
		for (const item of ppcDraft.items) lines.push(say(item.label), say(ppcDraft.fillIn));
		reminders.push(say(w.ppcReminder));
	} else if (kind === 'police') {
		heading(say(w.police));
		lines.push(
			options.policeRequest === 'damage-report'
				? say(w.policeReport)
				: options.policeRequest === 'consultation'
					? say(w.policeConsult)
					: say(w.policeChoose)
		);
		reminders.push(say(w.policeReminder));
	}

	const s = options.sender ?? {};
	const reach = (
		[
			[say(w.name), s.name],
			[say(w.organisation), s.organisation],
			[say(w.phone), s.phone],
			[say(w.email), s.email]
		] as const
	).filter(([, v]) => filled(v));
	if (reach.length) {
		heading(say(w.contact));
		for (const [label, v] of reach) lines.push(`${label}: ${v}`);
	}

	lines.push('', say(w.closing), '', fill(w.footer, locale, { now: when(options.now.toISOString()) }));

	const discovered = incident.discoveredAt && when(incident.discoveredAt);
	const subject =
		kind === 'ppc'
			? discovered ? fill(w.subjectPpcNoticed, locale, { when: discovered }) : say(w.subjectPpc)
			: kind === 'police' && options.policeRequest === 'damage-report'
				? say(w.subjectPoliceReport)
				: discovered ? fill(w.subjectNoticed, locale, { when: discovered }) : say(w.subject);

	return { subject: showBidi(subject), body: showBidi(lines.join('\n')), reminders: reminders.map(showBidi) };
}
