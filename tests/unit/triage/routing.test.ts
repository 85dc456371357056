import { describe, expect, test } from 'vitest';
import type { DeskId } from '$lib/content/desk-ids';
import type { Answers } from '$lib/triage/machine';
import { assessLeak, nextSteps, route } from '$lib/triage/routing';
import { addDays, japanDate, ppcDeadlines } from '$lib/time/deadlines';

const NOW = new Date('2026-06-15T03:00:00Z');

const smallOrg = { safety: 'no', who: 'organisation', orgItStaff: 'no', orgSupport: 'none', orgSize: 'upTo20', orgMedical: 'no' } as const;
const bigOrg = { safety: 'no', who: 'organisation', orgItStaff: 'yes', orgSupport: 'none', orgSize: 'over300', orgMedical: 'no' } as const;
const person = { safety: 'no', who: 'individual' } as const;

interface Situation {
	name: string;
	source: string;
	answers: Answers;
	must: DeskId[];
	mustNot: DeskId[];
	first?: DeskId;
}

const situations: Situation[] = [
	{
		name: 'an individual gets a mass phishing email and does not open it',
		source: '003 個人 2位 フィッシングによる個人情報の詐取',
		answers: { ...person, what: 'suspicious-email', emailOpened: 'no', ongoing: 'no', policeReport: 'no' },
		must: ['antiphishing', 'ipa-anshin'],
		mustNot: ['ipa-jcrat', 'ipa-organisation', 'police-110', 'ppc-leak-report']
	},
	{
		name: 'a small company without IT staff finds files encrypted and a ransom note, still spreading',
		source: '003 組織 5位 ランサムウェアによる被害; 004 相談窓口と支援サービス',
		answers: { ...smallOrg, what: 'ransomware', personalData: 'unknown', sensitiveData: 'no', financialData: 'no', over1000: 'no', moneyLost: 'no', ongoing: 'yes', policeReport: 'no' },
		must: ['ipa-ransomware', 'ipa-organisation', 'police-npa-online', 'otasuketai', 'ppc-leak-report'],
		mustNot: ['ipa-anshin', 'ipa-jcrat', 'bank-or-card'],
		first: 'ipa-ransomware'
	},
	{
		name: 'a supplier-themed email with malware from a partner’s hacked mail server (お助け隊 pilot case)',
		source: '003 お助け隊実証 サプライチェーン攻撃',
		answers: { ...smallOrg, what: 'targeted-email', personalData: 'no', moneyLost: 'no', ongoing: 'unknown', policeReport: 'no' },
		must: ['ipa-jcrat', 'ipa-organisation'],
		mustNot: ['ipa-anshin', 'antiphishing', 'spam-mail-center']
	},
	{
		name: 'a company pays a fake invoice after a bank-change email',
		source: '003 組織 3位 ビジネスメール詐欺による金銭被害',
		answers: { ...bigOrg, what: 'bec', personalData: 'no', moneyLost: 'yes', ongoing: 'no', policeReport: 'no' },
		must: ['bank-or-card', 'police-npa-online', 'ipa-organisation'],
		mustNot: ['ipa-jcrat', 'ipa-anshin', 'otasuketai'],
		first: 'bank-or-card'
	},
	{
		name: 'the same fraud, and the company wants to file a 被害届',
		source: '002 付録03 被害届は最寄りの警察署',
		answers: { ...bigOrg, what: 'bec', personalData: 'no', moneyLost: 'yes', ongoing: 'no', policeReport: 'yes' },
		must: ['bank-or-card', 'police-station'],
		mustNot: ['police-npa-online', 'ipa-jcrat']
	},
	{
		name: 'an individual enters card details on a fake delivery SMS site',
		source: '003 個人 2位 フィッシング; 3位 クレジットカード情報の不正利用',
		answers: { ...person, what: 'phishing', passwordEntered: 'yes', moneyLost: 'yes', ongoing: 'no', policeReport: 'no' },
		must: ['bank-or-card', 'antiphishing', 'police-npa-online', 'ipa-anshin'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'ppc-leak-report'],
		first: 'bank-or-card'
	},
	{
		name: 'an individual calls the number on a fake virus warning and pays for “support”',
		source: '003 個人 9位 偽警告によるインターネット詐欺',
		answers: { ...person, what: 'support-scam', moneyLost: 'yes', ongoing: 'no', policeReport: 'no' },
		must: ['consumer-hotline', 'ipa-anshin', 'bank-or-card'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'antiphishing']
	},
	{
		name: 'an individual is defamed online and receives a death threat',
		source: '003 個人 7位 ネット上の誹謗・中傷・デマ; 002 付録03 人命に関わる事案は110番; 000 嫌がらせ・ネットストーカー',
		answers: { safety: 'yes', who: 'individual', what: 'harassment', ongoing: 'yes', policeReport: 'unknown' },
		must: ['police-110', 'police-station', 'safer-internet', 'ihaho', 'moj-human-rights'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'bank-or-card'],
		first: 'police-110'
	},
	{
		name: 'an individual pays a fake online shop and nothing arrives',
		source: '000 なりすましECサイト対策協議会; 002 付録02 消費者ホットライン',
		answers: { ...person, what: 'fake-shop', moneyLost: 'yes', ongoing: 'no', policeReport: 'no' },
		must: ['bank-or-card', 'fake-shop-council', 'consumer-hotline', 'police-npa-online'],
		mustNot: ['ipa-organisation', 'antiphishing'],
		first: 'bank-or-card'
	},
	{
		name: 'an individual is bothered by spam',
		source: '002 付録02 迷惑メール相談センター',
		answers: { ...person, what: 'spam' },
		must: ['spam-mail-center'],
		mustNot: ['police-npa-online', 'police-station', 'ipa-jcrat', 'ipa-organisation']
	},
	{
		name: 'an individual finds illegal content',
		source: '002 付録02 インターネット・ホットラインセンター',
		answers: { ...person, what: 'illegal-content', policeReport: 'no' },
		must: ['internet-hotline-center'],
		mustNot: ['police-110', 'ipa-organisation']
	},
	{
		name: 'a company mis-sends an email with 10 ordinary customer records',
		source: '003 組織 7位 不注意による情報漏えい; FACTS PPC report conditions',
		answers: { ...bigOrg, what: 'data-leak', leakCause: 'mistake', sensitiveData: 'no', financialData: 'no', over1000: 'no', ongoing: 'no', policeReport: 'no' },
		must: ['ppc-dial'],
		mustNot: ['ppc-leak-report', 'police-npa-online', 'ipa-jcrat']
	},
	{
		name: 'an employee takes the customer list to a competitor',
		source: '003 組織 2位 内部不正による情報漏えい',
		answers: { ...bigOrg, what: 'insider-leak', personalData: 'yes', sensitiveData: 'no', financialData: 'no', over1000: 'no', ongoing: 'no', policeReport: 'no' },
		must: ['ppc-leak-report', 'police-npa-online', 'ipa-organisation'],
		mustNot: ['ipa-anshin', 'ipa-jcrat']
	},
	{
		name: 'a clinic’s files are encrypted',
		source: '002 付録02 医療機関 → 厚生労働省',
		answers: { ...smallOrg, orgMedical: 'yes', what: 'ransomware', personalData: 'yes', sensitiveData: 'yes', financialData: 'no', over1000: 'unknown', moneyLost: 'no', ongoing: 'yes', policeReport: 'no' },
		must: ['mhlw-medical', 'ipa-ransomware', 'ipa-organisation', 'ppc-leak-report', 'police-npa-online'],
		mustNot: ['ipa-anshin']
	},
	{
		name: 'an online shop’s checkout page is tampered with and card numbers skimmed',
		source: '003 組織 8位 インターネット上のサービスからの個人情報の窃取',
		answers: { ...bigOrg, what: 'website', personalData: 'yes', sensitiveData: 'no', financialData: 'yes', over1000: 'yes', ongoing: 'yes', policeReport: 'no' },
		must: ['ppc-leak-report', 'jpcert', 'ipa-organisation', 'police-npa-online'],
		mustNot: ['ipa-anshin', 'provider-support', 'otasuketai']
	},
	{
		name: 'an individual’s shopping account is taken over',
		source: '003 個人 8位 インターネット上のサービスへの不正ログイン',
		answers: { ...person, what: 'account-takeover', moneyLost: 'no', ongoing: 'unknown', policeReport: 'no' },
		must: ['ipa-anshin', 'police-npa-online', 'ipa-unauthorized-access-report'],
		mustNot: ['ipa-organisation', 'ppc-leak-report']
	},
	{
		name: 'an employee on hotel Wi-Fi opens a spoofed attachment (Emotet, お助け隊 pilot case) in a large company',
		source: '003 お助け隊実証 ホテルWi-Fiの利用',
		answers: { ...bigOrg, what: 'suspicious-email', emailOpened: 'yes', emailClicked: 'yes', passwordEntered: 'no', personalData: 'no', moneyLost: 'no', ongoing: 'yes', policeReport: 'no' },
		must: ['ipa-organisation', 'ipa-virus-report'],
		mustNot: ['otasuketai', 'ipa-jcrat', 'ipa-anshin', 'antiphishing']
	},
	{
		name: 'a small company that already has an お助け隊 service is hit',
		source: '002 付録04 サイバーセキュリティお助け隊サービス',
		answers: { ...smallOrg, orgSupport: 'otasuketai', what: 'malicious-app', personalData: 'no', moneyLost: 'no', ongoing: 'no', policeReport: 'no' },
		must: ['otasuketai', 'ipa-organisation', 'ipa-virus-report'],
		mustNot: ['ipa-anshin']
	},
	{
		name: 'an individual is not sure what happened',
		source: '004 IPA 安心相談窓口',
		answers: { ...person, what: 'other', moneyLost: 'no', ongoing: 'unknown', policeReport: 'no' },
		must: ['ipa-anshin'],
		mustNot: ['ipa-organisation', 'police-110']
	},
	{
		name: 'a company is not sure what happened',
		source: 'FACTS IPA 2025 split',
		answers: { ...bigOrg, what: 'other', personalData: 'no', moneyLost: 'no', ongoing: 'unknown', policeReport: 'no' },
		must: ['ipa-organisation'],
		mustNot: ['ipa-anshin']
	},
	{
		name: 'a company’s website is down under a flood of traffic',
		source: '003 組織 10位 サービス妨害攻撃によるサービスの停止',
		answers: { ...bigOrg, what: 'website', personalData: 'no', ongoing: 'yes', policeReport: 'no' },
		must: ['jpcert', 'ipa-organisation', 'police-npa-online'],
		mustNot: ['ppc-leak-report', 'ppc-dial', 'ipa-anshin']
	},
	{
		name: 'an individual installs a malicious app from an SMS link',
		source: '003 個人 6位 不正アプリによるスマートフォン利用者への被害',
		answers: { ...person, what: 'malicious-app', moneyLost: 'no', ongoing: 'no', policeReport: 'no' },
		must: ['ipa-anshin', 'ipa-virus-report'],
		mustNot: ['ipa-organisation', 'ppc-leak-report']
	}
];

describe('route: realistic situations', () => {
	test.each(situations)('$name ($source)', ({ answers, must, mustNot, first }) => {
		const desks = route({ answers, now: NOW });
		const ids = desks.map((d) => d.deskId);
		for (const id of must) expect(ids, `must include ${id}`).toContain(id);
		for (const id of mustNot) expect(ids, `must not include ${id}`).not.toContain(id);
		if (first) expect(ids[0]).toBe(first);
		expect(new Set(ids).size).toBe(ids.length);
		for (const d of desks) {
			expect(d.reason.ja.length).toBeGreaterThan(5);
			expect(d.reason.en.length).toBeGreaterThan(5);
		}
		const ranks = desks.map((d) => ['now', 'days', 'convenient'].indexOf(d.urgency));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	test('the PPC report carries its deadlines, 60 days where the purpose may be unlawful', () => {
		const insider = route({ answers: situations[12]!.answers, discoveredAt: '2026-06-01T01:00:00Z', now: NOW });
		const ppc = insider.find((d) => d.deskId === 'ppc-leak-report')!;
		expect(ppc.reportRequired).toBe(true);
		expect(ppc.reason.ja).toContain('個人情報が漏えいしたおそれがあり');
		expect(ppc.deadlines).toEqual({ learnedOn: '2026-06-01', preliminaryBy: '2026-06-05', finalBy: '2026-07-30', finalDays: 60 });

		const skimmed = { ...bigOrg, what: 'data-leak', leakCause: 'mistake', sensitiveData: 'no', financialData: 'no', over1000: 'yes' } as const;
		const many = route({ answers: skimmed, discoveredAt: '2026-06-01T01:00:00Z', now: NOW }).find((d) => d.deskId === 'ppc-leak-report')!;
		expect(many.deadlines?.finalDays).toBe(30);
		expect(many.deadlines?.finalBy).toBe('2026-06-30');
	});

	test('without a discovery time the deadlines count from now', () => {
		const desks = route({ answers: situations[12]!.answers, now: new Date('2026-01-31T16:00:00Z') });
		expect(desks.find((d) => d.deskId === 'ppc-leak-report')?.deadlines?.learnedOn).toBe('2026-02-01');
	});

	test('a leak where a report condition is only unknown asks the user to check, still with deadlines', () => {
		const answers = { ...bigOrg, what: 'data-leak', leakCause: 'mistake', sensitiveData: 'unknown', financialData: 'no', over1000: 'no' } as const;
		const ppc = route({ answers, now: NOW }).find((d) => d.deskId === 'ppc-leak-report');
		expect(ppc?.reportRequired).toBe(false);
		expect(ppc?.deadlines).toBeDefined();
	});

	test('an unclear incident that may involve personal data asks the user to check the PPC conditions', () => {
		const answers = { ...bigOrg, what: 'other', personalData: 'yes', sensitiveData: 'no', financialData: 'no', over1000: 'no' } as const;
		const ppc = route({ answers, now: NOW }).find((d) => d.deskId === 'ppc-leak-report');
		expect(ppc?.reportRequired).toBe(false);
		expect(assessLeak(answers).unlawfulPurpose).toBe(false);
	});

	test('answers to questions that no longer apply are not used', () => {
		// The user first said data-leak with 要配慮, then changed what happened to spam.
		const answers: Answers = { ...bigOrg, what: 'spam', leakCause: 'attack', sensitiveData: 'yes', moneyLost: 'yes', policeReport: 'yes' };
		expect(route({ answers, now: NOW }).map((d) => d.deskId)).toEqual(['spam-mail-center']);
		expect(assessLeak(answers).involved).toBe(false);
	});

	test('an individual is never sent to the organisations’ desk, whatever happened', () => {
		for (const what of ['ransomware', 'suspicious-email', 'targeted-email', 'bec', 'phishing', 'account-takeover', 'support-scam', 'malicious-app', 'data-leak', 'insider-leak', 'website', 'other'] as const) {
			const ids = route({ answers: { ...person, what, emailOpened: 'yes', emailClicked: 'yes', moneyLost: 'no' }, now: NOW }).map((d) => d.deskId);
			expect(ids, what).not.toContain('ipa-organisation');
			expect(ids, what).not.toContain('ppc-leak-report');
		}
	});

	test('next steps say to change passwords after entering one, and never to turn anything off', () => {
		const steps = nextSteps({ ...person, what: 'phishing', passwordEntered: 'yes' });
		expect(steps.some((s) => s.ja.includes('パスワードを変更'))).toBe(true);
		for (const s of steps) {
			expect(s.ja).not.toMatch(/電源を(切|落と)/);
			expect(s.en).not.toMatch(/turn (it|the device) off|power (it )?off|shut ?down/i);
		}
	});
});

describe('PPC deadlines in Japan dates', () => {
	test('the Japan date of an instant, across midnight UTC', () => {
		expect(japanDate('2026-03-31T14:59:59Z')).toBe('2026-03-31');
		expect(japanDate('2026-03-31T15:00:00Z')).toBe('2026-04-01');
		expect(japanDate('2026-04-01T08:00:00+09:00')).toBe('2026-04-01');
	});

	test.each([
		// learned (JST)           unlawful  速報 by         確報 by
		['2026-01-31T10:00:00+09:00', false, '2026-02-04', '2026-03-01'],
		['2026-01-31T10:00:00+09:00', true, '2026-02-04', '2026-03-31'],
		['2028-02-01T10:00:00+09:00', false, '2028-02-05', '2028-03-01'],
		['2027-02-01T10:00:00+09:00', false, '2027-02-05', '2027-03-02'],
		['2026-12-20T23:30:00+09:00', false, '2026-12-24', '2027-01-18'],
		['2026-12-30T00:10:00+09:00', true, '2027-01-03', '2027-02-27'],
		['2026-04-30T15:30:00Z', false, '2026-05-05', '2026-05-30']
	])('learned %s, unlawful %s: 速報 by %s, 確報 by %s', (at, unlawful, preliminaryBy, finalBy) => {
		const d = ppcDeadlines(at, unlawful);
		expect(d.preliminaryBy).toBe(preliminaryBy);
		expect(d.finalBy).toBe(finalBy);
		expect(d.finalDays).toBe(unlawful ? 60 : 30);
	});

	test('bad dates are refused rather than turned into wrong deadlines', () => {
		expect(() => japanDate('not a date')).toThrow(RangeError);
		expect(() => addDays('2026-13-45', 1)).toThrow(RangeError);
	});
});
