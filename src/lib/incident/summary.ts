import type { DeskId } from '$lib/content/desk-ids';
import type { ContactRecord, Incident, Sender, TimelineEntry } from './schema';
import type { Locale } from '$lib/paraglide/runtime';
import { formatJapanDate, formatJapanTime } from '$lib/time/japan-time';
import { evidenceList, formatBytes } from './evidence';

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
	policeRequest?: PoliceRequest;
	/** What the triage learned, already in words (src/lib/triage/describe.ts). */
	situation?: SituationFacts;
}

/** The triage's answers as the summary shows them; plain data, so this module needs no triage code. */
export interface SituationFacts {
	lines: { label: string; value: string }[];
	/** Where a personal-data report may be due: dates are Japan dates ('YYYY-MM-DD'). */
	ppc?: { required: boolean; deadlines: { learnedOn: string; preliminaryBy: string; finalBy: string; finalDays: number } };
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

const T = {
	ja: {
		subject: (when?: string) =>
			when ? `サイバー攻撃の被害の疑いについてのご相談（${when}に発見）` : 'サイバー攻撃の被害の疑いについてのご相談',
		subjectPpc: (when?: string) =>
			when ? `個人データの漏えい等（おそれ）の報告準備（${when}に発見）` : '個人データの漏えい等（おそれ）の報告準備',
		subjectPoliceReport: '被害届の提出についてのご相談',
		greeting: (desk?: string) => (desk ? `${desk} ご担当者様` : 'ご担当者様'),
		intro: 'サイバー攻撃の被害を受けた可能性があるため、ご相談いたします。分かっていることを以下にまとめました。',
		happened: '何が起きたか・いつ気づいたか',
		discovered: '発見日時（日本時間）',
		unknown: '（未記入）',
		notRecorded: '（記録なし）',
		whatHappened: '起きたことと、その後に起きたこと',
		observed: '経過記録',
		devices: '対象の端末',
		deviceType: '端末の種類',
		os: 'OS',
		securitySoftware: 'セキュリティソフト',
		cloudServices: '利用しているクラウドサービス',
		done: 'これまでに行った対応',
		noneDone: '（記録なし）',
		why: 'ウイルスまたは不正アクセスと判断した根拠',
		consulted: '他に相談した窓口・機関',
		contactsMade: '連絡の記録',
		reference: '受付番号',
		outcome: '結果',
		kinds: { 'quick-note': 'メモ', seen: '確認', followed: 'その後', done: '対応' } as Record<TimelineEntry['kind'], string>,
		jcrat: '不審なメールについて',
		jcratText:
			'不審なメールは本文を転送せず、ヘッダを含むメール全体をファイル（.eml または .msg 形式）として添付します。',
		jcratReminder:
			'不審なメールは転送しないでください。メールソフトで「ファイルとして保存」し、ヘッダを含む .eml または .msg ファイルを添付してください。',
		ppc: '漏えい等の報告事項（個人情報保護法施行規則 第8条第1項の9項目。分かる範囲で記入）',
		ppcItems: [
			'概要',
			'漏えい等が発生し、または発生したおそれがある個人データの項目（要配慮個人情報を含むか：含む／含まない／不明）',
			'その個人データに係る本人の数',
			'原因',
			'二次被害またはそのおそれの有無と、その内容',
			'本人への対応の実施状況（通知など）',
			'公表の実施状況',
			'再発防止のための措置',
			'その他参考となる事項'
		],
		fillIn: '（記入してください）',
		ppcReminder: '個人情報保護委員会への報告は、同委員会のウェブサイトの報告フォームから行います。この要約は記入の準備にお使いください。',
		police: 'ご相談の種別',
		policeReport: '被害届の提出を希望します（被害届は最寄りの警察署で受け付けています）。',
		policeConsult: '今回は相談です（被害届の提出ではありません）。',
		policeChoose: '□ 被害届の提出を希望（最寄りの警察署で手続き）　□ 相談のみ',
		policeReminder: '被害届は最寄りの警察署に出します。オンラインの相談窓口への送信は被害届になりません。',
		contact: '連絡先',
		name: '氏名',
		organisation: '所属',
		phone: '電話',
		email: 'メール',
		closing: 'どうぞよろしくお願いいたします。',
		footer: (now: string) => `（この要約は ${now} に「初動ナビ」で作成しました）`,
		situation: '状況（初動ナビの質問への回答）',
		ppcDeadlines: (learned: string) => `個人情報保護委員会への報告の期限（気づいた日 ${learned}から数えます）`,
		ppcPreliminary: (date: string) => `速報: 速やかに（目安は${date}まで）`,
		ppcFinal: (date: string, days: number) => `確報: ${date}まで（${days}日以内）`,
		ppcCheck: '報告が必要な場合に当たるか、まず確かめてください。当たるときは上の期限です。',
		evidence: '写真・ファイル（この端末に保存しています。ご要望があればお送りします）',
		hash: 'SHA-256'
	},
	en: {
		subject: (when?: string) =>
			when ? `Suspected cyber attack: request for advice (noticed ${when})` : 'Suspected cyber attack: request for advice',
		subjectPpc: (when?: string) =>
			when
				? `Preparing a report of a (possible) personal data leak (noticed ${when})`
				: 'Preparing a report of a (possible) personal data leak',
		subjectPoliceReport: 'About filing a damage report (被害届)',
		greeting: (desk?: string) => (desk ? `To the ${desk}` : 'To whom it may concern'),
		intro: 'I may have been the victim of a cyber attack and would like your advice. What I know so far is below.',
		happened: 'What happened and when it was noticed',
		discovered: 'Noticed at (Japan time)',
		unknown: '(not filled in)',
		notRecorded: '(nothing recorded)',
		whatHappened: 'What happened and what followed',
		observed: 'Timeline',
		devices: 'The devices concerned',
		deviceType: 'Type of device',
		os: 'Operating system',
		securitySoftware: 'Security software',
		cloudServices: 'Cloud services in use',
		done: 'What has been done so far',
		noneDone: '(nothing recorded)',
		why: 'Why a virus or unauthorized access is suspected',
		consulted: 'Other desks or organisations already consulted',
		contactsMade: 'Contacts made',
		reference: 'reference',
		outcome: 'outcome',
		kinds: { 'quick-note': 'note', seen: 'seen', followed: 'followed', done: 'done' } as Record<TimelineEntry['kind'], string>,
		jcrat: 'The suspicious email',
		jcratText:
			'The suspicious email is attached whole as a file (.eml or .msg, with its headers), not forwarded as plain text.',
		jcratReminder:
			'Do not forward the suspicious email. Save it as a file from your mail program and attach the .eml or .msg file, which keeps its headers.',
		ppc: 'Items of the leak report (the nine items of Article 8(1) of the Enforcement Rules of the Act; fill in what you know)',
		ppcItems: [
			'Outline',
			'The items of personal data that leaked or may have leaked (does it include special-care personal information, 要配慮個人情報? yes / no / unknown)',
			'How many people the data concerns',
			'The cause',
			'Whether there is secondary damage or a risk of it, and what',
			'What has been done for the people concerned (such as notifying them)',
			'Whether it has been made public',
			'Measures to prevent it happening again',
			'Anything else that may help'
		],
		fillIn: '(to be filled in)',
		ppcReminder:
			"Reports to the Personal Information Protection Commission are filed with the form on its website. Use this summary to prepare it.",
		police: 'What I am asking for',
		policeReport: 'I want to file a damage report (被害届); reports are taken at the nearest police station.',
		policeConsult: 'This is a consultation, not a damage report (被害届).',
		policeChoose: '[ ] I want to file a damage report (at the nearest police station)   [ ] consultation only',
		policeReminder:
			'A damage report (被害届) is filed at the nearest police station; sending the online consultation form is not a damage report.',
		contact: 'How to reach me',
		name: 'Name',
		organisation: 'Organisation',
		phone: 'Phone',
		email: 'Email',
		closing: 'Thank you for your help.',
		footer: (now: string) => `(Prepared with Shodo Navi on ${now}, Japan time)`,
		situation: 'The situation (answers to Shodo Navi’s questions)',
		ppcDeadlines: (learned: string) => `Deadlines for the report to the Personal Information Protection Commission (counted from ${learned}, when it was noticed)`,
		ppcPreliminary: (date: string) => `Preliminary report: promptly (as a guide, by ${date})`,
		ppcFinal: (date: string, days: number) => `Final report: by ${date} (within ${days} days)`,
		ppcCheck: 'First check whether a case that must be reported applies; if it does, these are the deadlines.',
		evidence: 'Photos and files (kept on my device; I can send them on request)',
		hash: 'SHA-256'
	}
} as const;

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
 * 「事前に情報を整理しましょう」). User text goes in exactly as typed: no escaping, no trimming
 * inside, no truncation; whoever shows it shows it as text.
 */
export function renderSummary(incident: Incident, options: SummaryOptions): Summary {
	const t = T[options.locale];
	const kind = deskKind(options.deskId);
	const name = (id: DeskId) => options.deskName?.(id) ?? id;
	const when = (at: string) => formatJapanTime(at, options.locale);
	const d = incident.details;
	const lines: string[] = [];
	const heading = (text: string) => lines.push('', `■ ${text}`);
	const value = (text: string | undefined, empty: string = t.unknown) => filled(text) ?? empty;
	const field = (label: string, text: string | undefined) => lines.push(`${label}: ${value(text)}`);
	const reminders: string[] = [];

	lines.push(t.greeting(options.deskId ? name(options.deskId) : undefined), '', t.intro);

	const situation = options.situation;
	if (situation?.lines.length) {
		heading(t.situation);
		for (const { label, value } of situation.lines) lines.push(`${label}: ${value}`);
	}
	if (situation?.ppc && (kind === 'ppc' || !options.deskId)) {
		const { deadlines, required } = situation.ppc;
		const date = (d: string) => formatJapanDate(d, options.locale);
		heading(t.ppcDeadlines(date(deadlines.learnedOn)));
		lines.push(t.ppcPreliminary(date(deadlines.preliminaryBy)), t.ppcFinal(date(deadlines.finalBy), deadlines.finalDays));
		if (!required) lines.push(t.ppcCheck);
	}

	heading(t.happened);
	field(t.discovered, incident.discoveredAt && when(incident.discoveredAt));
	lines.push(`${t.whatHappened}:`, value(d.whatHappened));
	const observed = byTime(incident.timeline.filter((e) => e.kind !== 'done'));
	if (observed.length) {
		lines.push(`${t.observed}:`);
		for (const e of observed) lines.push(`- ${when(e.at)} [${t.kinds[e.kind]}] ${e.text}`);
	}

	const files = evidenceList(incident);
	if (files.length) {
		heading(t.evidence);
		for (const f of files) {
			lines.push(`- ${when(f.at)} ${f.ref.name} (${formatBytes(f.ref.size, options.locale)})`, `  ${t.hash}: ${f.ref.sha256}`);
		}
	}

	heading(t.devices);
	field(t.deviceType, d.deviceType);
	field(t.os, d.os);
	field(t.securitySoftware, d.securitySoftware);
	field(t.cloudServices, d.cloudServices);

	heading(t.done);
	const done = byTime(incident.timeline.filter((e) => e.kind === 'done'));
	if (done.length) for (const e of done) lines.push(`- ${when(e.at)} ${e.text}`);
	else lines.push(t.noneDone);

	heading(t.why);
	lines.push(value(d.whySuspected));

	heading(t.consulted);
	lines.push(value(d.desksConsulted, t.notRecorded));
	if (incident.contacts.length) {
		lines.push(`${t.contactsMade}:`);
		for (const c of byTime<ContactRecord>(incident.contacts)) {
			const extra = [
				filled(c.reference) && `${t.reference}: ${c.reference}`,
				filled(c.outcome) && `${t.outcome}: ${c.outcome}`
			].filter(Boolean);
			lines.push(`- ${when(c.at)} ${name(c.deskId)}${extra.length ? ` (${extra.join(' / ')})` : ''}`);
		}
	}

	if (kind === 'jcrat') {
		heading(t.jcrat);
		lines.push(t.jcratText);
		reminders.push(t.jcratReminder);
	} else if (kind === 'ppc') {
		heading(t.ppc);
		t.ppcItems.forEach((item, i) => lines.push(`${i + 1}. ${item}`, t.fillIn));
		reminders.push(t.ppcReminder);
	} else if (kind === 'police') {
		heading(t.police);
		lines.push(
			options.policeRequest === 'damage-report'
				? t.policeReport
				: options.policeRequest === 'consultation'
					? t.policeConsult
					: t.policeChoose
		);
		reminders.push(t.policeReminder);
	}

	const s = options.sender ?? {};
	const reach = (
		[
			[t.name, s.name],
			[t.organisation, s.organisation],
			[t.phone, s.phone],
			[t.email, s.email]
		] as const
	).filter(([, v]) => filled(v));
	if (reach.length) {
		heading(t.contact);
		for (const [label, v] of reach) lines.push(`${label}: ${v}`);
	}

	lines.push('', t.closing, '', t.footer(when(options.now.toISOString())));

	const discovered = incident.discoveredAt && when(incident.discoveredAt);
	const subject =
		kind === 'ppc'
			? t.subjectPpc(discovered)
			: kind === 'police' && options.policeRequest === 'damage-report'
				? t.subjectPoliceReport
				: t.subject(discovered);

	return { subject, body: lines.join('\n'), reminders };
}
