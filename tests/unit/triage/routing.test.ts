import { describe, expect, test } from 'vitest';
import type { DeskId } from '$lib/content/desk-ids';
import type { Answers } from '$lib/triage/flow';
import { assessPpc } from '$lib/triage/ppc';
import { nextSteps, route } from '$lib/triage/routing';
import { ppcDeadlines } from '$lib/time/deadlines';
import { addDays, japanDate } from '$lib/time/japan-time';
import { sharedKindInFirstThree } from '../../fixtures/routing';

const NOW = new Date('2026-06-15T03:00:00Z');

const smallOrg = { safety: 'no', who: 'organisation', orgSupport: 'no' } as const;
const bigOrg = { safety: 'no', who: 'large-organisation', orgSupport: 'no' } as const;
const person = { safety: 'no', who: 'individual' } as const;

interface Situation {
	name: string;
	/** The seed section (or FACTS.md line) the expectation comes from. */
	source: string;
	answers: Answers;
	must: DeskId[];
	mustNot: DeskId[];
	/** The first three desks, in order (fewer when fewer are recommended). */
	firstThree: DeskId[];
}

const situations: Situation[] = [
	// The 22 situations of the first triage, on the new questions.
	{
		name: 'an individual gets a mass phishing email and opens nothing in it',
		source: '003 10大脅威2020 個人2位 フィッシングによる個人情報等の詐取; 000 フィッシング対策協議会',
		answers: { ...person, what: 'suspicious-email', emailClicked: 'no', mailKind: 'phishing' },
		must: ['antiphishing', 'ipa-anshin'],
		mustNot: ['ipa-jcrat', 'ipa-organisation', 'police-110', 'ppc-leak-report'],
		firstThree: ['ipa-anshin', 'antiphishing']
	},
	{
		name: 'a small company finds files encrypted and a ransom note; personal data may be involved',
		source: '003 10大脅威2020 組織5位 ランサムウェアによる被害; 004 相談窓口と支援サービス (ランサムウェア被害 → 都道府県警察)',
		answers: { ...smallOrg, what: 'ransomware', personalData: 'unknown', policeReport: 'no' },
		must: ['ipa-ransomware', 'ipa-organisation', 'police-prefectural-cyber', 'otasuketai', 'ppc-leak-report'],
		mustNot: ['ipa-anshin', 'ipa-jcrat', 'bank-or-card'],
		firstThree: ['ipa-organisation', 'police-prefectural-cyber', 'ipa-ransomware']
	},
	{
		name: 'a supplier-themed email with malware from a partner’s hacked mail server is opened (お助け隊 pilot case)',
		source: '003 2019年度お助け隊実証 サプライチェーン攻撃; 004 J-CRAT',
		answers: { ...smallOrg, what: 'targeted-email', emailClicked: 'yes', moneyLost: 'no', personalData: 'no' },
		must: ['ipa-jcrat', 'ipa-organisation', 'otasuketai'],
		mustNot: ['ipa-anshin', 'antiphishing', 'spam-mail-center'],
		firstThree: ['ipa-organisation', 'otasuketai', 'ipa-virus-report']
	},
	{
		name: 'a company pays a fake invoice after a bank-change email',
		source: '003 10大脅威2020 組織3位 ビジネスメール詐欺による金銭被害; 002 付録03 警察',
		answers: { ...bigOrg, what: 'bec', moneyLost: 'yes', policeReport: 'no' },
		must: ['bank-or-card', 'police-npa-online', 'ipa-organisation'],
		mustNot: ['ipa-jcrat', 'ipa-anshin', 'otasuketai'],
		firstThree: ['bank-or-card', 'police-npa-online', 'ipa-organisation']
	},
	{
		name: 'the same fraud, and the company wants to file a 被害届',
		source: '002 付録03 被害届は最寄りの警察署等に',
		answers: { ...bigOrg, what: 'bec', moneyLost: 'yes', policeReport: 'yes' },
		must: ['bank-or-card', 'police-npa-online', 'police-station'],
		mustNot: ['ipa-jcrat'],
		firstThree: ['bank-or-card', 'police-station', 'ipa-organisation']
	},
	{
		name: 'an individual enters card details on a fake delivery SMS site',
		source: '003 10大脅威2020 個人2位 フィッシング, 3位 クレジットカード情報の不正利用',
		answers: { ...person, what: 'phishing', passwordEntered: 'yes', moneyLost: 'yes', policeReport: 'no' },
		must: ['bank-or-card', 'antiphishing', 'police-npa-online', 'ipa-anshin'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'ppc-leak-report'],
		firstThree: ['bank-or-card', 'police-npa-online', 'antiphishing']
	},
	{
		name: 'an individual calls the number on a fake virus warning and pays for “support”',
		source: '003 10大脅威2020 個人9位 偽警告によるインターネット詐欺; 002 付録02 消費者ホットライン',
		answers: { ...person, what: 'support-scam', supportCalled: 'yes', moneyLost: 'yes', policeReport: 'no' },
		must: ['consumer-hotline', 'ipa-anshin', 'bank-or-card', 'police-npa-online'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'antiphishing'],
		firstThree: ['bank-or-card', 'consumer-hotline', 'police-npa-online']
	},
	{
		name: 'an individual is defamed online and receives a death threat',
		source: '003 10大脅威2020 個人7位 ネット上の誹謗・中傷・デマ; 002 付録03 人命に関わる事案は110番; 000 嫌がらせ・ネットストーカー, 人権侵害; FACTS SIA 誹謗中傷ホットライン (from the person concerned)',
		answers: { safety: 'yes', who: 'individual', what: 'harassment' },
		must: ['police-110', 'police-station', 'ihaho', 'moj-human-rights', 'sia-defamation-hotline'],
		mustNot: ['ipa-organisation', 'ipa-jcrat', 'bank-or-card', 'safer-internet'],
		firstThree: ['police-110', 'police-station', 'ihaho']
	},
	{
		name: 'an individual pays a fake online shop and nothing arrives',
		source: '002 付録02 消費者ホットライン; FACTS なりすましECサイト対策協議会 (after paying, 188)',
		answers: { ...person, what: 'fake-shop', moneyLost: 'yes', policeReport: 'no' },
		must: ['bank-or-card', 'consumer-hotline', 'police-npa-online', 'sia-fake-shop-hotline'],
		mustNot: ['ipa-organisation', 'antiphishing', 'fake-shop-council'],
		firstThree: ['bank-or-card', 'police-npa-online', 'consumer-hotline']
	},
	{
		name: 'an individual is bothered by spam',
		source: '002 付録02 迷惑メール相談センター',
		answers: { ...person, what: 'spam' },
		must: ['spam-mail-center'],
		mustNot: ['police-npa-online', 'police-station', 'ipa-jcrat', 'ipa-organisation'],
		firstThree: ['spam-mail-center']
	},
	{
		name: 'an individual finds illegal content',
		source: '002 付録02 インターネット・ホットラインセンター; 000 違法・有害情報',
		answers: { ...person, what: 'illegal-content' },
		must: ['internet-hotline-center', 'safer-internet'],
		mustNot: ['police-110', 'ipa-organisation'],
		firstThree: ['internet-hotline-center', 'safer-internet']
	},
	{
		name: 'a company mis-sends an email with 10 ordinary customer records',
		source: '003 10大脅威2020 組織7位 不注意による情報漏えい; FACTS PPC: when a leak must be reported',
		answers: { ...bigOrg, what: 'data-leak', leakCause: 'mistake', reportCase: 'none' },
		must: ['ppc-dial'],
		mustNot: ['ppc-leak-report', 'police-prefectural-cyber', 'police-npa-online', 'ipa-jcrat'],
		firstThree: ['ppc-dial']
	},
	{
		name: 'an employee takes the customer list to a competitor',
		source: '003 10大脅威2020 組織2位 内部不正による情報漏えい; 004 相談窓口と支援サービス; FACTS PPC (不正の目的)',
		answers: { ...bigOrg, what: 'data-leak', leakCause: 'insider', policeReport: 'no' },
		must: ['ppc-leak-report', 'police-prefectural-cyber'],
		mustNot: ['ipa-anshin', 'ipa-jcrat', 'ppc-dial'],
		firstThree: ['ppc-leak-report', 'police-prefectural-cyber']
	},
	{
		name: 'a clinic’s files are encrypted',
		source: '002 付録02 医療機関 → 厚生労働省; 004 相談窓口と支援サービス',
		answers: { safety: 'no', who: 'medical', orgSupport: 'no', what: 'ransomware', personalData: 'yes', policeReport: 'no' },
		must: ['mhlw-medical', 'ipa-ransomware', 'ipa-organisation', 'ppc-leak-report', 'police-prefectural-cyber'],
		mustNot: ['ipa-anshin'],
		firstThree: ['ppc-leak-report', 'mhlw-medical', 'ipa-organisation']
	},
	{
		name: 'an online shop’s checkout page is tampered with and card numbers skimmed',
		source: '003 10大脅威2020 組織8位 インターネット上のサービスからの個人情報の窃取; 004 相談窓口と支援サービス',
		answers: { ...bigOrg, what: 'website', personalData: 'yes', policeReport: 'no' },
		must: ['ppc-leak-report', 'jpcert', 'ipa-organisation', 'police-prefectural-cyber'],
		mustNot: ['ipa-anshin', 'provider-support', 'otasuketai'],
		firstThree: ['ppc-leak-report', 'ipa-organisation', 'jpcert']
	},
	{
		name: 'an individual’s shopping account is taken over',
		source: '003 10大脅威2020 個人8位 インターネット上のサービスへの不正ログイン',
		answers: { ...person, what: 'account-takeover', moneyLost: 'no', policeReport: 'no' },
		must: ['ipa-anshin', 'police-npa-online', 'ipa-unauthorized-access-report'],
		mustNot: ['ipa-organisation', 'ppc-leak-report'],
		firstThree: ['ipa-anshin', 'police-npa-online', 'ipa-unauthorized-access-report']
	},
	{
		name: 'an employee on hotel Wi-Fi opens a spoofed attachment (Emotet, お助け隊 pilot case) in a large company',
		source: '003 2019年度お助け隊実証 ホテルWi-Fiの利用',
		answers: { ...bigOrg, what: 'suspicious-email', emailClicked: 'yes', moneyLost: 'no', personalData: 'no' },
		must: ['ipa-organisation', 'ipa-virus-report'],
		mustNot: ['otasuketai', 'ipa-jcrat', 'ipa-anshin', 'antiphishing'],
		firstThree: ['ipa-organisation', 'ipa-virus-report']
	},
	{
		name: 'a small company that already has an お助け隊 service installs a malicious program',
		source: '002 付録04 サイバーセキュリティお助け隊サービス',
		answers: { ...smallOrg, orgSupport: 'yes', what: 'malicious-app', moneyLost: 'no', personalData: 'no' },
		must: ['otasuketai', 'ipa-organisation', 'ipa-virus-report'],
		mustNot: ['ipa-anshin'],
		firstThree: ['otasuketai', 'ipa-organisation', 'ipa-virus-report']
	},
	{
		name: 'an individual is not sure what happened',
		source: '004 IPA 情報セキュリティ安心相談窓口',
		answers: { ...person, what: 'other', moneyLost: 'no' },
		must: ['ipa-anshin'],
		mustNot: ['ipa-organisation', 'police-110'],
		firstThree: ['ipa-anshin']
	},
	{
		name: 'a large company is not sure what happened',
		source: 'FACTS IPA split its desks on 2025-04-01',
		answers: { ...bigOrg, what: 'other', personalData: 'no', moneyLost: 'no' },
		must: ['ipa-organisation'],
		mustNot: ['ipa-anshin', 'otasuketai'],
		firstThree: ['ipa-organisation']
	},
	{
		name: 'a company’s website is down under a flood of traffic',
		source: '003 10大脅威2020 組織10位 サービス妨害攻撃によるサービスの停止',
		answers: { ...bigOrg, what: 'website', personalData: 'no', policeReport: 'no' },
		must: ['jpcert', 'ipa-organisation', 'police-prefectural-cyber'],
		mustNot: ['ppc-leak-report', 'ppc-dial', 'ipa-anshin'],
		firstThree: ['ipa-organisation', 'jpcert', 'police-prefectural-cyber']
	},
	{
		name: 'an individual installs a malicious app from an SMS link',
		source: '003 10大脅威2020 個人6位 不正アプリによるスマートフォン利用者への被害',
		answers: { ...person, what: 'malicious-app', moneyLost: 'no' },
		must: ['ipa-anshin', 'ipa-virus-report'],
		mustNot: ['ipa-organisation', 'ppc-leak-report'],
		firstThree: ['ipa-anshin', 'ipa-virus-report']
	},

	// One for each situation a person recognises (issue 8, point 3), where not covered above.
	{
		name: 'a small company gets an alert from its monitoring service: a PC talks to a malware server (お助け隊 pilot case)',
		source: '003 2019年度お助け隊実証 古いOSの使用, 私物端末の利用; 004 相談窓口と支援サービス (ウイルス → IPA); 002 付録04',
		answers: { ...smallOrg, what: 'malware', personalData: 'no' },
		must: ['ipa-organisation', 'otasuketai', 'ipa-virus-report'],
		mustNot: ['ipa-anshin', 'ppc-leak-report', 'police-prefectural-cyber'],
		firstThree: ['ipa-organisation', 'otasuketai', 'ipa-virus-report']
	},
	{
		name: 'a small company with an お助け隊 contract gets a malware alert: the contract comes first',
		source: '002 付録04 サイバーセキュリティお助け隊サービス (相談窓口・駆け付け)',
		answers: { ...smallOrg, orgSupport: 'yes', what: 'malware', personalData: 'no' },
		must: ['otasuketai', 'ipa-organisation'],
		mustNot: ['ipa-anshin'],
		firstThree: ['otasuketai', 'ipa-organisation', 'ipa-virus-report']
	},
	{
		name: 'an individual’s security software says the PC is infected',
		source: '004 相談窓口と支援サービス (ウイルスや不正アクセスの技術的な相談 → IPA 安心相談窓口)',
		answers: { ...person, what: 'malware' },
		must: ['ipa-anshin'],
		mustNot: ['ipa-organisation', 'otasuketai', 'ppc-leak-report', 'police-prefectural-cyber'],
		firstThree: ['ipa-anshin', 'ipa-virus-report']
	},
	{
		name: 'an individual’s files are encrypted with a ransom note',
		source: '004 相談窓口と支援サービス (ランサムウェア被害 → 都道府県警察); 002 付録02 ランサムウェア対策特設ページ',
		answers: { ...person, what: 'ransomware', policeReport: 'no' },
		must: ['ipa-anshin', 'police-prefectural-cyber', 'ipa-ransomware'],
		mustNot: ['ipa-organisation', 'otasuketai', 'ppc-leak-report'],
		firstThree: ['ipa-anshin', 'police-prefectural-cyber', 'ipa-ransomware']
	},
	{
		name: 'an individual gets an email imitating a friend: J-CRAT is for organisations',
		source: '004 相談窓口と支援サービス (標的型攻撃メール → J-CRAT); FACTS IPA J-CRAT',
		answers: { ...person, what: 'targeted-email', emailClicked: 'no' },
		must: ['ipa-anshin'],
		mustNot: ['ipa-jcrat', 'ipa-organisation'],
		firstThree: ['ipa-anshin']
	},
	{
		name: 'an individual receives a fake courier SMS but enters nothing',
		source: '003 10大脅威2020 個人2位 フィッシング; FACTS フィッシング対策協議会',
		answers: { ...person, what: 'phishing', passwordEntered: 'no' },
		must: ['antiphishing'],
		mustNot: ['bank-or-card', 'police-npa-online', 'ipa-organisation'],
		firstThree: ['antiphishing']
	},
	{
		name: 'an individual’s online banking account is taken over and money is gone; a 被害届 is wanted',
		source: '003 10大脅威2020 個人4位 インターネットバンキングの不正利用; 002 付録03',
		answers: { ...person, what: 'account-takeover', moneyLost: 'yes', policeReport: 'yes' },
		must: ['bank-or-card', 'police-npa-online', 'police-station', 'ipa-anshin'],
		mustNot: ['ipa-organisation'],
		firstThree: ['bank-or-card', 'police-station', 'ipa-anshin']
	},
	{
		name: 'an individual sees a fake virus warning with a phone number and pays nothing',
		source: '003 10大脅威2020 個人9位 偽警告によるインターネット詐欺; 002 付録02 消費者ホットライン',
		answers: { ...person, what: 'support-scam', supportCalled: 'yes', moneyLost: 'no' },
		must: ['consumer-hotline', 'ipa-anshin'],
		mustNot: ['bank-or-card', 'police-npa-online', 'ipa-organisation'],
		firstThree: ['consumer-hotline', 'ipa-anshin']
	},
	{
		name: 'a clinic mails a patient’s records to the wrong address',
		source: '003 10大脅威2020 組織7位 不注意による情報漏えい; FACTS PPC (要配慮個人情報: one person is enough)',
		answers: { safety: 'no', who: 'medical', what: 'data-leak', leakCause: 'mistake', reportCase: 'sensitive' },
		must: ['ppc-leak-report'],
		mustNot: ['ppc-dial', 'police-prefectural-cyber', 'mhlw-medical', 'ipa-organisation'],
		firstThree: ['ppc-leak-report']
	},
	{
		name: 'a company’s customer data is taken through unauthorized access, and it wants to file a 被害届',
		source: '004 相談窓口と支援サービス (不正アクセス等による情報漏えい → 都道府県警察; 被害届は最寄りの警察署)',
		answers: { ...smallOrg, what: 'data-leak', leakCause: 'attack', policeReport: 'yes' },
		must: ['police-prefectural-cyber', 'police-station', 'ipa-organisation', 'ppc-leak-report'],
		mustNot: ['ipa-anshin', 'ppc-dial'],
		firstThree: ['ppc-leak-report', 'police-station', 'ipa-organisation']
	},
	{
		name: 'an individual learns a shop leaked their personal data',
		source: 'FACTS PPC: 個人情報保護法相談ダイヤル; 004 IPA 安心相談窓口',
		answers: { ...person, what: 'data-leak' },
		must: ['ppc-dial', 'ipa-anshin'],
		mustNot: ['ppc-leak-report', 'ipa-organisation'],
		firstThree: ['ppc-dial', 'ipa-anshin']
	},
	{
		name: 'an individual’s own website is defaced: not sent to the provider support, which is for connection trouble',
		source: '002 付録02 (プロバイダ等のサポートはインターネットに繋がらないなどのトラブル); 000 JPCERT/CC',
		answers: { ...person, what: 'website', policeReport: 'no' },
		must: ['ipa-anshin', 'jpcert', 'police-prefectural-cyber'],
		mustNot: ['provider-support', 'ipa-organisation'],
		firstThree: ['ipa-anshin', 'jpcert', 'police-prefectural-cyber']
	},
	{
		name: 'a company is defamed online',
		source: '000 その他の主な報告・連絡・相談窓口等; 002 付録02 違法・有害情報相談センター',
		answers: { ...smallOrg, what: 'harassment' },
		must: ['police-station', 'ihaho'],
		mustNot: ['safer-internet', 'moj-human-rights', 'ipa-organisation', 'sia-defamation-hotline'],
		firstThree: ['police-station', 'ihaho']
	},
	{
		name: 'an individual is stalked and threatened',
		source: '000 嫌がらせ・ネットストーカー（管轄の警察署の生活安全課）; 002 付録03; FACTS police: general consultation',
		answers: { ...person, what: 'stalking' },
		must: ['police-station'],
		mustNot: ['ipa-anshin', 'safer-internet'],
		firstThree: ['police-station']
	},
	{
		name: 'an individual finds a fake shop but has not paid',
		source: '002 付録02 消費者ホットライン',
		answers: { ...person, what: 'fake-shop', moneyLost: 'no' },
		must: ['consumer-hotline', 'sia-fake-shop-hotline'],
		mustNot: ['bank-or-card', 'police-npa-online', 'fake-shop-council'],
		firstThree: ['consumer-hotline', 'sia-fake-shop-hotline']
	},
	{
		name: 'an individual loses a phone',
		source: '004 IPA 安心相談窓口 (不正アクセスの相談)',
		answers: { ...person, what: 'lost-device', deviceStolen: 'no', moneyLost: 'no' },
		must: ['ipa-anshin'],
		mustNot: ['police-station', 'ppc-leak-report'],
		firstThree: ['ipa-anshin']
	},
	{
		name: 'a company laptop with customer data is stolen',
		source: '002 付録03 被害届は最寄りの警察署; FACTS PPC (不正の目的: theft)',
		answers: { ...smallOrg, what: 'lost-device', deviceStolen: 'yes', moneyLost: 'no', personalData: 'yes' },
		must: ['police-station', 'ppc-leak-report', 'ipa-organisation'],
		mustNot: ['ipa-anshin', 'ppc-dial'],
		firstThree: ['ppc-leak-report', 'police-station', 'ipa-organisation']
	}
];

/** Every desk the result names: the cards and the choices on them (the police card). */
const named = (desks: ReturnType<typeof route>) => desks.flatMap((d) => [d.deskId, ...d.choices.map((c) => c.deskId)]);

const T25 = 'https://www.ipa.go.jp/security/10threats/10threats2025.html';
/** The situations of issue 21, and IPA's 10大脅威 2025 (個人, 組織) and 2026 lists, on the current questions. */
const current: Situation[] = [
	{ name: 'a clinic: medical records taken through unauthorized access', source: 'issue 21; FACTS PPC (要配慮, 不正の目的); 002 付録02 医療機関 → 厚生労働省', answers: { safety: 'no', who: 'medical', what: 'data-leak', leakCause: 'attack', orgSupport: 'no', policeReport: 'no' }, must: ['ppc-leak-report', 'mhlw-medical', 'police-prefectural-cyber', 'ipa-organisation'], mustNot: ['ipa-anshin'], firstThree: ['ppc-leak-report', 'mhlw-medical', 'police-prefectural-cyber'] },
	{ name: 'a company of 800 staff: ransomware, about 2,000 customers’ data said to be taken', source: `issue 21; FACTS PPC (不正の目的, 1,000人超); ${T25} 組織1位`, answers: { safety: 'no', who: 'large-organisation', what: 'ransomware', orgSupport: 'no', personalData: 'yes', policeReport: 'no' }, must: ['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber', 'ipa-ransomware'], mustNot: ['ipa-anshin', 'otasuketai'], firstThree: ['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber'] },
	{ name: 'ransomware with customer data encrypted and no backup (毀損): the report is not dropped', source: 'FACTS 2026-12-06 PPC: 漏えい等 (滅失・毀損)', answers: { safety: 'no', who: 'organisation', what: 'ransomware', orgSupport: 'no', personalData: 'yes', policeReport: 'no' }, must: ['ppc-leak-report'], mustNot: ['ppc-dial'], firstThree: ['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber'] },
	{ name: 'a person paid a fake online shop and wants to file a 被害届', source: `issue 21; 002 付録03; FACTS なりすましECサイト対策協議会; ${T25} 個人`, answers: { ...person, what: 'fake-shop', moneyLost: 'yes', policeReport: 'yes' }, must: ['bank-or-card', 'police-station', 'police-npa-online', 'consumer-hotline', 'sia-fake-shop-hotline'], mustNot: ['ipa-organisation'], firstThree: ['bank-or-card', 'police-station', 'consumer-hotline'] },
	{ name: 'card details entered on a fake courier SMS site', source: `issue 21; ${T25} 個人 フィッシング, クレジットカード情報の不正利用`, answers: { ...person, what: 'phishing', passwordEntered: 'yes', moneyLost: 'yes', policeReport: 'no' }, must: ['bank-or-card', 'police-npa-online', 'antiphishing', 'ipa-anshin'], mustNot: ['police-station'], firstThree: ['bank-or-card', 'police-npa-online', 'antiphishing'] },
	{ name: 'an extortion mail (“I recorded you through your webcam”), nothing paid: calm', source: `${T25} 個人 脅迫・詐欺の手口による金銭要求; pref.ibaraki.jp/kenkei …/08_bitcoin.html`, answers: { ...person, what: 'extortion', moneyLost: 'no' }, must: ['police-9110'], mustNot: ['police-110', 'police-station', 'antiphishing', 'bank-or-card'], firstThree: ['police-9110'] },
	{ name: 'an extortion mail, and the person paid', source: `${T25} 個人; 002 付録03`, answers: { ...person, what: 'extortion', moneyLost: 'yes', policeReport: 'no' }, must: ['bank-or-card', 'police-npa-online'], mustNot: ['police-110'], firstThree: ['bank-or-card', 'police-npa-online'] },
	{ name: 'a one-click bill (“registration complete, pay 99,000 yen”), nothing paid: calm', source: `${T25} 個人 ワンクリック請求等の不当請求; yokohama-consumer.or.jp`, answers: { ...person, what: 'one-click', moneyLost: 'no' }, must: ['consumer-hotline', 'ipa-anshin'], mustNot: ['bank-or-card', 'police-npa-online'], firstThree: ['consumer-hotline', 'ipa-anshin'] },
	{ name: 'a one-click bill, paid', source: `${T25} 個人; yokohama-consumer.or.jp`, answers: { ...person, what: 'one-click', moneyLost: 'yes', policeReport: 'no' }, must: ['bank-or-card', 'consumer-hotline', 'police-npa-online'], mustNot: [], firstThree: ['bank-or-card', 'consumer-hotline', 'police-npa-online'] },
	{ name: 'unknown charges on a credit card', source: `${T25} 個人 クレジットカード情報の不正利用`, answers: { ...person, what: 'card-charges', policeReport: 'no' }, must: ['bank-or-card', 'police-npa-online'], mustNot: ['payment-app'], firstThree: ['bank-or-card', 'police-npa-online'] },
	{ name: 'a smartphone payment app used without the person', source: `${T25} 個人 スマホ決済の不正利用; city.kawasaki.jp キャッシュレス決済の不正利用`, answers: { ...person, what: 'payment-app', policeReport: 'no' }, must: ['payment-app', 'police-npa-online'], mustNot: ['bank-or-card'], firstThree: ['payment-app', 'police-npa-online'] },
	{ name: 'money moved out of online banking (10大脅威 2026)', source: 'https://www.ipa.go.jp/security/10threats/ (2026 個人: インターネットバンキングの不正利用)', answers: { ...person, what: 'net-banking', policeReport: 'no' }, must: ['bank-or-card', 'police-npa-online', 'ipa-anshin'], mustNot: ['ipa-organisation'], firstThree: ['bank-or-card', 'police-npa-online', 'ipa-anshin'] },
	{ name: 'a contractor leaked customer data we entrusted to it, through an attack', source: `${T25} 組織2位 サプライチェーンや委託先を狙った攻撃; 法26条1項ただし書`, answers: { ...bigOrg, what: 'supplier-leak', leakCause: 'attack', policeReport: 'no' }, must: ['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber'], mustNot: ['ipa-anshin'], firstThree: ['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber'] },
	{ name: 'a VPN vulnerability exploited at a small company, personal data 「わからない」', source: `${T25} 組織3位 システムの脆弱性を突いた攻撃`, answers: { ...smallOrg, what: 'vulnerability', personalData: 'unknown', policeReport: 'no' }, must: ['ipa-organisation', 'police-prefectural-cyber', 'jpcert', 'ppc-leak-report'], mustNot: ['ipa-anshin'], firstThree: ['ipa-organisation', 'police-prefectural-cyber', 'jpcert'] },
	{ name: 'a remote-work laptop account reached', source: `${T25} 組織6位 リモートワーク等の環境や仕組みを狙った攻撃`, answers: { ...bigOrg, what: 'remote-work', personalData: 'no', policeReport: 'no' }, must: ['ipa-organisation', 'police-prefectural-cyber'], mustNot: ['ipa-anshin', 'ppc-leak-report'], firstThree: ['ipa-organisation', 'police-prefectural-cyber', 'ipa-unauthorized-access-report'] },
	{ name: 'a mass mail, nothing clicked, advertising: 迷惑メール相談センター, not the anti-phishing council', source: '002 付録02 迷惑メール相談センター; FACTS フィッシング対策協議会 (phishing only)', answers: { ...person, what: 'suspicious-email', emailClicked: 'no', mailKind: 'advert' }, must: ['spam-mail-center'], mustNot: ['antiphishing'], firstThree: ['ipa-anshin', 'spam-mail-center'] },
	{ name: 'a fake virus warning closed without calling or paying: calm', source: `${T25} 個人 偽警告によるインターネット詐欺`, answers: { ...person, what: 'support-scam', supportCalled: 'no' }, must: ['ipa-anshin'], mustNot: ['consumer-hotline', 'bank-or-card'], firstThree: ['ipa-anshin'] },
	// 10大脅威 2025, 個人 (五十音順), each on its closest answer.
	{ name: '2025 個人: ネット上の誹謗・中傷・デマ', source: T25, answers: { ...person, what: 'harassment' }, must: ['police-station', 'ihaho', 'moj-human-rights'], mustNot: ['ipa-anshin'], firstThree: ['police-station', 'ihaho', 'moj-human-rights'] },
	{ name: '2025 個人: 不正アプリによるスマートフォン利用者への被害', source: T25, answers: { ...person, what: 'malicious-app', moneyLost: 'no' }, must: ['ipa-anshin', 'ipa-virus-report'], mustNot: ['ipa-organisation'], firstThree: ['ipa-anshin', 'ipa-virus-report'] },
	{ name: '2025 個人: インターネット上のサービスからの個人情報の窃取', source: T25, answers: { ...person, what: 'data-leak' }, must: ['ppc-dial', 'ipa-anshin'], mustNot: ['ppc-leak-report'], firstThree: ['ppc-dial', 'ipa-anshin'] },
	{ name: '2025 個人: インターネット上のサービスへの不正ログイン', source: T25, answers: { ...person, what: 'account-takeover', moneyLost: 'no', policeReport: 'no' }, must: ['ipa-anshin', 'police-npa-online'], mustNot: ['bank-or-card'], firstThree: ['ipa-anshin', 'police-npa-online', 'ipa-unauthorized-access-report'] },
	// 10大脅威 2025, 組織.
	{ name: '2025 組織4位: 内部不正による情報漏えい等', source: T25, answers: { ...bigOrg, what: 'data-leak', leakCause: 'insider', policeReport: 'no' }, must: ['ppc-leak-report', 'police-prefectural-cyber'], mustNot: ['ipa-anshin'], firstThree: ['ppc-leak-report', 'police-prefectural-cyber'] },
	{ name: '2025 組織5位: 機密情報等を狙った標的型攻撃 (opened)', source: `${T25}; 004 J-CRAT`, answers: { ...bigOrg, what: 'targeted-email', emailClicked: 'yes', moneyLost: 'no', personalData: 'no' }, must: ['ipa-jcrat', 'ipa-organisation'], mustNot: ['antiphishing'], firstThree: ['ipa-organisation', 'ipa-virus-report', 'ipa-jcrat'] },
	{ name: '2025 組織7位・8位: 地政学的リスク, DDoS — a site taken down', source: T25, answers: { ...bigOrg, what: 'website', personalData: 'no', policeReport: 'no' }, must: ['jpcert', 'police-prefectural-cyber'], mustNot: ['ipa-anshin'], firstThree: ['ipa-organisation', 'jpcert', 'police-prefectural-cyber'] },
	{ name: '2025 組織9位: ビジネスメール詐欺, money paid', source: T25, answers: { ...bigOrg, what: 'bec', moneyLost: 'yes', policeReport: 'no' }, must: ['bank-or-card', 'police-npa-online'], mustNot: ['ipa-anshin'], firstThree: ['bank-or-card', 'police-npa-online', 'ipa-organisation'] },
	{ name: '2025 組織10位: 不注意による情報漏えい等 (over 1,000 people)', source: T25, answers: { ...bigOrg, what: 'data-leak', leakCause: 'mistake', reportCase: 'over1000' }, must: ['ppc-leak-report'], mustNot: ['police-prefectural-cyber'], firstThree: ['ppc-leak-report'] }
];

describe('route: situations from the seeds', () => {
	test.each([...situations, ...current])('$name ($source)', ({ answers, must, mustNot, firstThree }) => {
		const desks = route({ answers, now: NOW });
		const ids = desks.map((d) => d.deskId);
		for (const id of must) expect(named(desks), `must include ${id}`).toContain(id);
		for (const id of mustNot) expect(named(desks), `must not include ${id}`).not.toContain(id);
		expect(ids.slice(0, 3)).toEqual(firstThree);
		expect(new Set(named(desks)).size).toBe(named(desks).length);
		expect(sharedKindInFirstThree(desks), ids.join(', ')).toBeUndefined();
		for (const d of desks) {
			expect(d.reasons[0]?.ja).toMatch(/[。）]$/);
			expect(d.reasons[0]?.en).toMatch(/[.)]$/);
			expect(d.rules.length).toBeGreaterThan(0);
			for (const r of d.rules) expect(r.sources.length).toBeGreaterThan(0);
		}
	});

	test('money lost to fraud: the bank or card company first, the police among the first three', () => {
		for (const what of ['fake-shop', 'bec', 'phishing', 'support-scam', 'account-takeover']) {
			const answers = { ...person, what, passwordEntered: 'yes', supportCalled: 'yes', moneyLost: 'yes' };
			const ids = route({ answers, now: NOW }).map((d) => d.deskId);
			expect(ids[0], what).toBe('bank-or-card');
			expect(ids.slice(0, 3).some((id) => id.startsWith('police-')), `${what}: ${ids.join(', ')}`).toBe(true);
		}
	});

	test('the desks show as soon as "what happened" is answered, before any follow-up', () => {
		for (const what of ['malware', 'ransomware', 'suspicious-email', 'data-leak', 'harassment', 'support-scam', 'lost-device']) {
			for (const who of ['individual', 'organisation', 'large-organisation', 'medical']) {
				expect(route({ answers: { safety: 'no', who, what }, now: NOW }).length, `${who} ${what}`).toBeGreaterThan(0);
			}
		}
	});

	test('a malware alert sends an individual to the 安心相談窓口 and an organisation to its own desk, never the other way', () => {
		const individual = route({ answers: { ...person, what: 'malware' }, now: NOW }).map((d) => d.deskId);
		const company = route({ answers: { ...bigOrg, what: 'malware' }, now: NOW }).map((d) => d.deskId);
		expect(individual[0]).toBe('ipa-anshin');
		expect(individual).not.toContain('ipa-organisation');
		expect(company[0]).toBe('ipa-organisation');
		expect(company).not.toContain('ipa-anshin');
	});
});

describe('the personal-data report (PPC)', () => {
	test('a report is required, with its deadlines, 60 days where the purpose may be unlawful', () => {
		const insider = route({ answers: { ...bigOrg, what: 'data-leak', leakCause: 'insider' }, discoveredAt: '2026-06-01T01:00:00Z', now: NOW });
		const ppc = insider.find((d) => d.deskId === 'ppc-leak-report')!;
		expect(ppc.reportRequired).toBe(true);
		expect(ppc.reasons[0]!.ja).toContain('不正アクセスなど不正の目的によるおそれ');
		expect(ppc.deadlines).toEqual({ learnedOn: '2026-06-01', preliminaryBy: '2026-06-05', finalBy: '2026-07-30', finalDays: 60 });

		const many = route({ answers: { ...bigOrg, what: 'data-leak', leakCause: 'mistake', reportCase: 'over1000' }, discoveredAt: '2026-06-01T01:00:00Z', now: NOW }).find((d) => d.deskId === 'ppc-leak-report')!;
		expect(many.reportRequired).toBe(true);
		expect(many.reasons[0]!.ja).toContain('1,000人を超える');
		expect(many.deadlines?.finalDays).toBe(30);
		expect(many.deadlines?.finalBy).toBe('2026-06-30');
	});

	test('without a discovery time the deadlines count from now, in Japan dates', () => {
		const desks = route({ answers: { ...bigOrg, what: 'data-leak', leakCause: 'insider' }, now: new Date('2026-01-31T16:00:00Z') });
		expect(desks.find((d) => d.deskId === 'ppc-leak-report')?.deadlines?.learnedOn).toBe('2026-02-01');
	});

	test('「わからない」 never creates a definite duty: it asks the user to check, still with the deadlines', () => {
		const cases: Answers[] = [
			{ ...bigOrg, what: 'ransomware', personalData: 'unknown' },
			{ ...bigOrg, what: 'data-leak', leakCause: 'mistake', reportCase: 'unknown' },
			{ ...bigOrg, what: 'data-leak', leakCause: 'unknown', reportCase: 'none' },
			{ ...bigOrg, what: 'other', personalData: 'yes', reportCase: 'none' },
			{ ...bigOrg, what: 'suspicious-email', emailClicked: 'unknown', personalData: 'yes', reportCase: 'none' }
		];
		for (const answers of cases) {
			const ppc = route({ answers, now: NOW }).find((d) => d.deskId === 'ppc-leak-report');
			expect(ppc?.reportRequired, JSON.stringify(answers)).toBe(false);
			expect(ppc?.deadlines, JSON.stringify(answers)).toBeDefined();
			expect(ppc?.reasons[0]?.ja).toContain('不正の目的によるおそれ');
		}
	});

	test('personal data only possibly involved, with every condition answered no: the PPC desk for questions, not a report', () => {
		const answers = { ...bigOrg, what: 'lost-device', deviceStolen: 'no', moneyLost: 'no', personalData: 'unknown', reportCase: 'none' };
		const ids = route({ answers, now: NOW }).map((d) => d.deskId);
		expect(ids).toContain('ppc-dial');
		expect(ids).not.toContain('ppc-leak-report');
	});

	test('the conditions: any one holding with the data surely involved makes a report required', () => {
		const org = new Set(['org', 'personal-data']);
		expect(assessPpc({ reportCase: 'financial' }, org).outcome).toBe('required');
		expect(assessPpc({ reportCase: 'none' }, org).outcome).toBe('not-required');
		// Before the case question is answered, the user is asked to check rather than told nothing is needed.
		expect(assessPpc({}, org).outcome).toBe('check');
		expect(assessPpc({ reportCase: 'unknown' }, org).outcome).toBe('check');
		expect(assessPpc({}, new Set([...org, 'unlawful'])).outcome).toBe('required');
		expect(assessPpc({ personalData: 'unknown' }, new Set(['org', 'unlawful'])).outcome).toBe('check');
		expect(assessPpc({ personalData: 'no' }, new Set(['org', 'unlawful'])).outcome).toBe('none');
		// An individual's own data is not a business's report.
		expect(assessPpc({}, new Set(['personal-data', 'unlawful'])).outcome).toBe('none');
	});

	test('answers to questions that no longer apply are not used', () => {
		// The user first said data-leak with 要配慮, then changed what happened to spam.
		const answers: Answers = { ...bigOrg, what: 'spam', leakCause: 'attack', reportCase: 'sensitive', moneyLost: 'yes', policeReport: 'yes' };
		expect(route({ answers, now: NOW }).map((d) => d.deskId)).toEqual(['spam-mail-center']);
	});
});

describe('next steps', () => {
	test('change passwords after entering one; tell the information manager first at a company; never turn anything off', () => {
		const steps = nextSteps({ ...person, what: 'phishing', passwordEntered: 'yes' });
		expect(steps.some((s) => s.ja.includes('パスワードを変え'))).toBe(true);
		expect(nextSteps({ ...smallOrg, what: 'malware' })[0]?.ja).toContain('情報管理の担当者');
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
