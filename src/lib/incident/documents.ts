import { entryKinds } from '$lib/content/entry-kinds';
import type { PoliceSheet, PpcDraft, PpcItemId } from '$lib/content/validate-documents';
import { fill } from '$lib/content/template';
import type { DeskId } from '$lib/content/desk-ids';
import type { Incident } from './schema';
import { evidenceList, formatBytes } from './evidence';
import type { Locale } from '$lib/paraglide/runtime';
import { formatJapanTime } from '$lib/time/japan-time';
import type { SituationFacts } from './summary';
import { showBidi } from '$lib/content/bidi';

/**
 * The documents the desks want beyond the summary, as data a page prints: the 被害届 preparation
 * sheet for the police station and the PPC 速報 draft. Pure: the wording comes from
 * content/documents/, the facts from the incident and the triage's answers.
 */
export interface DocRow {
	label?: string;
	value: string;
	/** Left empty on purpose, to be written by hand at the station. */
	handwrite?: boolean;
}
export interface DocSection {
	id: string;
	heading: string;
	rows: DocRow[];
}

const filled = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text.trim() : undefined);
const byTime = <T extends { at: string }>(items: readonly T[]) => [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

export interface DocOptions {
	locale: Locale;
	deskName?: (id: DeskId) => string | undefined;
	situation?: SituationFacts;
}

/** What a page prints, with bidi controls as visible markers (./bidi.ts). */
export function policeSheetSections(incident: Incident, content: PoliceSheet, options: DocOptions): DocSection[] {
	return sheetSections(incident, content, options).map((section) => ({
		...section,
		rows: section.rows.map((r) => ({ ...r, value: showBidi(r.value), ...(r.label === undefined ? {} : { label: showBidi(r.label) }) }))
	}));
}

function sheetSections(incident: Incident, content: PoliceSheet, options: DocOptions): DocSection[] {
	const { locale } = options;
	const h = content.headings;
	const l = (key: string) => content.labels[key]?.[locale] ?? key;
	const blank = l('blank');
	const when = (at: string) => formatJapanTime(at, locale);
	const s = incident.sender ?? {};
	const d = incident.details;
	const row = (key: string, value: string | undefined): DocRow => ({ label: l(key), value: filled(value) ?? blank });
	const hand = (key: string): DocRow => ({ label: l(key), value: '', handwrite: true });
	const timeline = byTime(incident.timeline);
	// The kinds of timeline entry have one name in every document to a desk (content/documents/summary.json).
	const kind = (k: keyof typeof entryKinds) => entryKinds[k][locale];
	const files = evidenceList(incident);
	const devices = [d.deviceType, d.os, d.securitySoftware].map(filled).filter(Boolean).join(' / ');

	return [
		{
			id: 'reporter',
			heading: h.reporter[locale],
			rows: [row('name', s.name), row('organisation', s.organisation), row('phone', s.phone), row('email', s.email), hand('address')]
		},
		{
			id: 'when',
			heading: h.when[locale],
			rows: [
				row('discovered', incident.discoveredAt && when(incident.discoveredAt)),
				row('firstRecord', timeline[0] && when(timeline[0].at)),
				hand('place')
			]
		},
		{
			id: 'what',
			heading: h.what[locale],
			rows: [
				{ value: filled(d.whatHappened) ?? blank },
				row('why', d.whySuspected),
				...(options.situation?.lines.length
					? [{ label: l('situation'), value: options.situation.lines.map((x) => `${x.label}: ${x.value}`).join('\n') }]
					: [])
			]
		},
		{
			id: 'damage',
			heading: h.damage[locale],
			rows: [hand('money'), hand('data'), { label: l('deviceDamage'), value: devices, handwrite: true }, row('cloud', d.cloudServices)]
		},
		{
			id: 'timeline',
			heading: h.timeline[locale],
			rows: timeline.length
				? timeline.map((e) => ({ label: `${when(e.at)} ${kind(e.kind)}`, value: e.text }))
				: [{ value: l('noContacts') }]
		},
		{
			id: 'evidence',
			heading: h.evidence[locale],
			rows: files.length
				? files.map((f) => ({
						label: `${when(f.at)} ${f.ref.name} (${formatBytes(f.ref.size, locale)})`,
						value: `${l('hash')}: ${f.ref.sha256}${f.text !== f.ref.name ? `\n${f.text}` : ''}`
					}))
				: [{ value: l('noFiles') }]
		},
		{
			id: 'desks',
			heading: h.desks[locale],
			rows: [
				...byTime(incident.contacts).map((c) => ({
					label: `${when(c.at)} ${options.deskName?.(c.deskId as DeskId) ?? c.deskId}`,
					value: [filled(c.reference) && `${l('reference')}: ${c.reference}`, filled(c.outcome) && `${l('outcome')}: ${c.outcome}`]
						.filter(Boolean)
						.join(' / ')
				})),
				...(filled(d.desksConsulted) ? [{ value: d.desksConsulted.trim() }] : []),
				...(incident.contacts.length || filled(d.desksConsulted) ? [] : [{ value: l('noContacts') }])
			]
		}
	];
}

export interface PpcField {
	id: PpcItemId;
	label: string;
	hint: string;
	/** What the app could fill in; empty when nothing is known (the page shows fillIn). */
	value: string;
}

/** The triage answers that speak to the PPC items (content/triage/questions.json: reportCase). */
export interface PpcFacts {
	reportCase?: string;
	unlawful?: boolean;
}

export function ppcFields(incident: Incident, content: PpcDraft, facts: PpcFacts, options: DocOptions): PpcField[] {
	const { locale } = options;
	const t = (key: Exclude<keyof PpcDraft['filled'], 'noticed'>) => content.filled[key][locale];
	const when = (at: string) => formatJapanTime(at, locale);
	const d = incident.details;
	const timeline = byTime(incident.timeline);
	const lines = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
	const values: Record<PpcItemId, string> = {
		outline: lines(incident.discoveredAt && fill(content.filled.noticed, locale, { at: when(incident.discoveredAt) }), filled(d.whatHappened)),
		dataItems: lines(facts.reportCase === 'sensitive' && t('sensitive')),
		count: lines(facts.reportCase === 'over1000' && t('over1000')),
		cause: lines(facts.unlawful && t('unlawful'), filled(d.whySuspected)),
		secondary: lines(facts.reportCase === 'financial' && t('financial')),
		peopleResponse: '',
		publication: '',
		prevention: '',
		other: lines(
			timeline.length > 0 && `${t('done')}:\n${timeline.map((e) => `- ${when(e.at)} ${e.text}`).join('\n')}`,
			incident.contacts.length > 0 &&
				`${t('contacts')}:\n${byTime(incident.contacts)
					.map((c) => `- ${when(c.at)} ${options.deskName?.(c.deskId as DeskId) ?? c.deskId}${filled(c.reference) ? ` (${c.reference})` : ''}`)
					.join('\n')}`
		)
	};
	return content.items.map((item) => ({ id: item.id, label: item.label[locale], hint: item.hint[locale], value: showBidi(values[item.id]) }));
}

/** The 本人通知 template with what is known put in; the rest stays as 「（記入してください）」. */
export function noticeText(incident: Incident, content: PpcDraft, fields: readonly PpcField[], locale: Locale): string {
	const fillIn = content.fillIn[locale];
	const value = (id: PpcItemId) => fields.find((f) => f.id === id)?.value || fillIn;
	const s = incident.sender ?? {};
	const contact = [s.organisation, s.name, s.phone, s.email].map(filled).filter(Boolean).join('\n') || fillIn;
	return showBidi(fill(content.notice.body, locale, {
		organisation: filled(s.organisation) ?? fillIn,
		outline: value('outline'),
		dataItems: value('dataItems'),
		cause: value('cause'),
		secondary: value('secondary'),
		contact
	}));
}
