import type { Localized } from '$lib/content/schema';
import { triageTree, type TriageTree, type Urgency } from '$lib/content/triage';
import { normalisePhone } from '$lib/profile/warnings';
import { ownDesk, ownDeskId } from '$lib/profile/own-desks';
import { ROLES, type Role } from '$lib/profile/roles';
import type { Profile } from '$lib/profile/schema';
import { evaluate, type Answers, type Evaluation } from './flow';
import type { Recommendation } from './routing';

/**
 * The user's own contacts (the profile, 平時の備え) in the result. Where one applies it comes first,
 * with its reason, right after 110 when a life is at risk; a generic desk it stands for (お助け隊 in
 * general, "your bank") gives way to it. A contact the profile lacks changes nothing: the triage
 * asks and recommends as it does without a profile. Pure.
 */

interface OwnRule {
	applies: (e: Evaluation) => boolean;
	urgency: Urgency;
	reason: (line: string) => Localized;
	/** The content desk this contact stands for, dropped when this one is shown. */
	replaces?: string;
	/** Where the rule comes from. */
	source: string;
}

const org = (e: Evaluation) => e.tags.has('org');
const technical = (e: Evaluation) => e.tags.has('technical');
const withLine = (line: string, ja: string, en: string): Localized =>
	line ? { ja: `${ja}（${line}）`, en: `${en} (${line})` } : { ja, en };

export const OWN_RULES: Record<Role, OwnRule> = {
	manager: {
		applies: org,
		urgency: 'now',
		reason: () => ({
			ja: 'まず社内の情報管理の担当者に知らせ、次からの手順を一緒に進めます。',
			en: 'First tell your information manager, and take the next steps together.'
		}),
		source: '004_983349b1c0ef3f5b.txt 相談窓口と支援サービス: まずは社内の情報管理者に相談の上、必要に応じて各種窓口に'
	},
	otasuketai: {
		// Where the triage asks about a support contract (orgSupport), unless the answer there is no.
		applies: (e) => org(e) && technical(e) && e.answers.orgSupport !== 'no',
		urgency: 'now',
		// The contract is known from the profile (./profile-answers.ts presets orgSupport): say so.
		reason: (line) => ({
			ja: line ? `平時の備えに登録した契約先です。まず連絡します（24時間窓口: ${line}）。` : '平時の備えに登録した契約先です。まず連絡します。',
			en: line ? `Your contract in Be prepared: call it first (24-hour line: ${line}).` : 'Your contract in Be prepared: call it first.'
		}),
		replaces: 'otasuketai',
		source: '002_edadf9306be31f52.txt 付録04; content/triage/rules/20-contracts.json contract-otasuketai'
	},
	itVendor: {
		applies: technical,
		urgency: 'now',
		reason: (line) =>
			withLine(line, '機器やシステムを任せている業者に連絡し、調べて元に戻す手伝いを頼みます。', 'Call the vendor who looks after your devices and systems, and ask for help to investigate and recover.'),
		source: 'issue 13 (profile): the IT vendor the user registered'
	},
	insurer: {
		applies: (e) => org(e) && (technical(e) || e.tags.has('money') || e.tags.has('personal-data')),
		urgency: 'days',
		reason: (line) =>
			withLine(line, 'サイバー保険の事故受付に連絡し、使える支援と手続きを確かめます。', 'Call your cyber insurer’s accident line to learn what help and steps your policy offers.'),
		source: '002_edadf9306be31f52.txt 付録04 (簡易サイバー保険); issue 13'
	},
	bank: {
		// Wherever the content sends the user to "your bank or card company".
		applies: () => false,
		urgency: 'now',
		reason: (line) =>
			withLine(line, '登録している銀行・カード会社に連絡し、支払いや引き出しを止められるか確かめます。', 'Call your bank or card company to ask whether the payment or withdrawal can be stopped.'),
		replaces: 'bank-or-card',
		source: 'content/triage/rules/30-money.json money-bank'
	}
};

/** Content desks that name a region: the profile's prefecture picks one over the national page. */
export interface RegionalDesk {
	id: string;
	region: string;
	/** The national desk it stands in for. */
	replaces: string;
}

export interface OwnContactsInput {
	answers: Readonly<Answers>;
	profile: Profile | undefined;
	/** Regional desks the content knows (e.g. 警視庁 for JP-13), chosen by the profile's prefecture. */
	regional?: readonly RegionalDesk[];
}

export function withOwnContacts(recs: readonly Recommendation[], { answers, profile, regional = [] }: OwnContactsInput, tree: TriageTree = triageTree): Recommendation[] {
	if (!profile) return [...recs];
	const e = evaluate(tree, answers);
	const own: Recommendation[] = [];
	const dropped = new Set<string>();
	for (const role of ROLES) {
		const desk = ownDesk(profile, role);
		if (!desk) continue;
		const rule = OWN_RULES[role];
		const standsFor = rule.replaces ? recs.find((r) => r.deskId === rule.replaces) : undefined;
		if (!rule.applies(e) && !(role === 'bank' && standsFor)) continue;
		const c = profile.contacts[role];
		const line = normalisePhone(c.urgentPhone || '');
		own.push({
			deskId: ownDeskId(role),
			urgency: standsFor && role === 'bank' ? standsFor.urgency : rule.urgency,
			reasons: [rule.reason(line), ...(standsFor?.reasons ?? [])],
			prepare: standsFor?.prepare ?? [],
			rules: [...(standsFor?.rules ?? [])],
			desk
		});
		if (rule.replaces) dropped.add(rule.replaces);
	}
	const pick = regional.find((r) => r.region === profile.prefecture);
	const rest = recs
		.filter((r) => !dropped.has(r.deskId))
		.map((r) => (pick && r.deskId === pick.replaces && !recs.some((x) => x.deskId === pick.id) ? { ...r, deskId: pick.id } : r));
	const lifeFirst = rest.filter((r) => r.deskId === 'police-110');
	return [...lifeFirst, ...own, ...rest.filter((r) => r.deskId !== 'police-110')];
}

/** The police desks the content has for one prefecture, each standing in for the national page. */
export function regionalPolice(desks: readonly { id: string; category: string; region: string }[]): RegionalDesk[] {
	return desks
		.filter((d) => d.category === 'police' && d.region !== 'national')
		.map((d) => ({ id: d.id, region: d.region, replaces: 'police-prefectural-cyber' }));
}
