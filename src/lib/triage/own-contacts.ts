import type { Localized } from '$lib/content/schema';
import { ownContactReasons } from '$lib/content/own-contact-reasons';
import { fill } from '$lib/content/template';
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
	/** The content desk this contact stands for, dropped when this one is shown. */
	replaces?: string;
	/** Where the rule comes from. */
	source: string;
}

const org = (e: Evaluation) => e.tags.has('org');
const technical = (e: Evaluation) => e.tags.has('technical');

/**
 * Why the result shows the role's contact (content/profile/own-contacts.json): with its urgent line
 * where one was typed and the wording has a place for it.
 */
export function ownReason(role: Role, line: string): Localized {
	const w = ownContactReasons[role];
	if (!line || !w.reasonWithLine) return w.reason;
	return { ja: fill(w.reasonWithLine, 'ja', { line }), en: fill(w.reasonWithLine, 'en', { line }) };
}

export const OWN_RULES: Record<Role, OwnRule> = {
	manager: {
		applies: org,
		urgency: 'now',
		source: '004_983349b1c0ef3f5b.txt 相談窓口と支援サービス: まずは社内の情報管理者に相談の上、必要に応じて各種窓口に'
	},
	otasuketai: {
		// Where the triage asks about a support contract (orgSupport), unless the answer there is no.
		applies: (e) => org(e) && technical(e) && e.answers.orgSupport !== 'no',
		urgency: 'now',
		// The contract is known from the profile (./profile-answers.ts presets orgSupport): its reason says so.
		replaces: 'otasuketai',
		source: '002_edadf9306be31f52.txt 付録04; content/triage/rules/20-contracts.json contract-otasuketai'
	},
	itVendor: {
		applies: technical,
		urgency: 'now',
		source: 'issue 13 (profile): the IT vendor the user registered'
	},
	insurer: {
		applies: (e) => org(e) && (technical(e) || e.tags.has('money') || e.tags.has('personal-data')),
		urgency: 'days',
		source: '002_edadf9306be31f52.txt 付録04 (簡易サイバー保険); issue 13'
	},
	bank: {
		// Wherever the content sends the user to "your bank or card company".
		applies: () => false,
		urgency: 'now',
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
			reasons: [ownReason(role, line), ...(standsFor?.reasons ?? [])],
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
