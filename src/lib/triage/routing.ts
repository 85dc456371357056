import type { DeskId } from '$lib/content/desk-ids';
import type { Localized } from '$lib/content/schema';
import { ppcDeadlines, type PpcDeadlines } from '$lib/time/deadlines';
import { TECHNICAL } from './answers';
import { applies, type Answers, type QuestionId, type WhatHappened } from './machine';

/**
 * From the triage answers to the desks, in the order to contact them, each with the reason in the
 * user's words. Rules follow seed 004 「相談窓口と支援サービス」 (the routing table), seed 002 付録02/03
 * (IPA, the other desks, police), seed 000 (the directory) and FACTS.md (IPA's 2025 split, PPC).
 */
export type Urgency = 'now' | 'days' | 'convenient';

export interface Recommendation {
	deskId: DeskId;
	reason: Localized;
	urgency: Urgency;
	/** What to have ready when contacting the desk. */
	prepare: Localized[];
	/** Only for ppc-leak-report. */
	deadlines?: PpcDeadlines;
	/** Only for ppc-leak-report: true when a report condition holds, false when one may hold. */
	reportRequired?: boolean;
}

export interface RoutingInput {
	answers: Answers;
	/** When the user noticed it (ISO instant); PPC deadlines count from here. */
	discoveredAt?: string;
	now: Date;
}

const L = (ja: string, en: string): Localized => ({ ja, en });

const PREPARE = {
	details: L(
		'相談前に整理する情報（端末の種類・OS・セキュリティソフト・クラウドサービス・いつ何が起きたか・攻撃と考えた理由・ほかに相談した窓口）',
		'The details to prepare (device, OS, security software, cloud services, what happened and when, why you think it is an attack, desks already contacted)'
	),
	timeline: L('経過記録（いつ気づいたか、そのあと何をしたか）', 'Your timeline (when you noticed, what you did since)'),
	payment: L(
		'支払い・振込の日時、金額、振込先、カードや口座の番号（カードの裏の電話番号にかけます）',
		'Date, amount and recipient of the payment, and the card or account number (call the number on the back of the card)'
	),
	evidence: L(
		'証拠になるもの（画面の写真、メール、メッセージ、振込の記録）。消さずに残します',
		'Evidence (photos of the screen, emails, messages, payment records). Keep them; do not delete'
	),
	ransomNote: L(
		'脅迫文・身代金要求の画面の写真（別の端末で撮影）と、暗号化されたファイルの名前の例',
		'A photo of the ransom note (taken with another device) and examples of the encrypted file names'
	),
	email: L(
		'問題のメールそのもの（削除せず保存。できればヘッダー付きの .eml / .msg 形式）',
		'The email itself (kept, not deleted; if possible as an .eml / .msg file with headers)'
	),
	phishing: L(
		'フィッシングメールは開いたリンクを押さずに転送、SMSは画面のスクリーンショット',
		'Forward the phishing email without clicking its links; for SMS, a screenshot'
	),
	leakScope: L(
		'漏えいしたおそれのある情報の種類・人数、気づいた日時、原因として考えられること',
		'What kind of personal data may have leaked, for how many people, when you noticed, the likely cause'
	),
	posts: L(
		'書き込みや画像のURLと、日時が見える画面のスクリーンショット',
		'The URLs of the posts or images and screenshots showing the date'
	),
	shop: L(
		'サイトのURL、注文・支払いの記録、やり取りしたメール',
		'The shop’s URL, your order and payment records, the emails exchanged'
	),
	url: L('問題のページのURL', 'The address (URL) of the page'),
	contract: L('お助け隊サービスや保険の契約内容（契約番号・連絡先）', 'Your お助け隊 service or insurance contract (number and contact)')
} as const;

const URGENCY_RANK: Record<Urgency, number> = { now: 0, days: 1, convenient: 2 };

class DeskList {
	#items: { deskId: DeskId; reasons: Localized[]; urgency: Urgency; prepare: Localized[]; extra: Partial<Recommendation> }[] = [];

	add(deskId: DeskId, urgency: Urgency, reason: Localized, prepare: Localized[] = [], extra: Partial<Recommendation> = {}) {
		const found = this.#items.find((i) => i.deskId === deskId);
		if (!found) {
			this.#items.push({ deskId, reasons: [reason], urgency, prepare: [...prepare], extra });
			return;
		}
		if (URGENCY_RANK[urgency] < URGENCY_RANK[found.urgency]) found.urgency = urgency;
		if (!found.reasons.some((r) => r.ja === reason.ja)) found.reasons.push(reason);
		for (const p of prepare) if (!found.prepare.some((q) => q.ja === p.ja)) found.prepare.push(p);
		Object.assign(found.extra, extra);
	}

	get size(): number {
		return this.#items.length;
	}

	/** Most urgent first; within one urgency, in the order the rules added them. */
	list(): Recommendation[] {
		return this.#items
			.map((item, index) => ({ item, index }))
			.sort((a, b) => URGENCY_RANK[a.item.urgency] - URGENCY_RANK[b.item.urgency] || a.index - b.index)
			.map(({ item }) => ({
				deskId: item.deskId,
				urgency: item.urgency,
				reason: { ja: item.reasons.map((r) => r.ja).join('。'), en: item.reasons.map((r) => r.en).join('. ') },
				prepare: item.prepare,
				...item.extra
			}));
	}
}

/** An answer only counts while its question is still part of the flow. */
function answer<Q extends QuestionId>(answers: Answers, q: Q): Answers[Q] | undefined {
	return applies(q, answers) ? answers[q] : undefined;
}

export interface LeakAssessment {
	/** Personal data held by the organisation may have leaked. */
	involved: boolean;
	sensitive: boolean;
	financial: boolean;
	unlawfulPurpose: boolean;
	over1000: boolean;
	/** Some condition was answered 「わからない」. */
	unsure: boolean;
}

/** The PPC report conditions (FACTS.md "PPC: when a leak must be reported"); suspected leaks count. */
export function assessLeak(answers: Answers): LeakAssessment {
	const what = answers.what;
	const personal = answer(answers, 'personalData');
	const involved = answers.who === 'organisation' && (what === 'data-leak' || personal === 'yes' || personal === 'unknown');
	const clicked = answer(answers, 'emailClicked');
	const password = answer(answers, 'passwordEntered');
	const cause = answer(answers, 'leakCause');
	const unlawfulPurpose =
		what === 'ransomware' ||
		what === 'targeted-email' ||
		what === 'bec' ||
		what === 'account-takeover' ||
		what === 'malicious-app' ||
		what === 'insider-leak' ||
		what === 'website' ||
		(what === 'suspicious-email' && (clicked === 'yes' || clicked === 'unknown')) ||
		(what === 'phishing' && (password === 'yes' || password === 'unknown')) ||
		(what === 'data-leak' && (cause === 'attack' || cause === 'unknown'));
	const sensitive = answer(answers, 'sensitiveData');
	const financial = answer(answers, 'financialData');
	const many = answer(answers, 'over1000');
	return {
		involved,
		sensitive: sensitive === 'yes',
		financial: financial === 'yes',
		unlawfulPurpose: involved && unlawfulPurpose,
		over1000: many === 'yes',
		// 'other': nobody knows yet whether it was an attack, so the user is asked to check.
		unsure: involved && ([sensitive, financial, many].includes('unknown') || what === 'other')
	};
}

export function route({ answers, discoveredAt, now }: RoutingInput): Recommendation[] {
	const desks = new DeskList();
	const org = answers.who === 'organisation';
	const what = answers.what ?? 'other';
	const technical = TECHNICAL.includes(what);
	const money = answer(answers, 'moneyLost');
	const ongoing = answer(answers, 'ongoing') === 'yes';
	const wantsReport = answer(answers, 'policeReport') === 'yes';
	const clicked = answer(answers, 'emailClicked');
	const password = answer(answers, 'passwordEntered');
	const ipa: DeskId = org ? 'ipa-organisation' : 'ipa-anshin';
	const ipaReason = org
		? L(
				'会社・団体のサイバー被害の相談は、IPAの企業組織向け窓口（メールのみ）が受け付けるため',
				'IPA’s desk for companies and organisations (email only) advises organisations hit by a cyber attack'
			)
		: L(
				'ウイルスや不正アクセスなど、技術的な相談ができるため',
				'It gives technical advice on viruses, unauthorized access and similar problems'
			);
	const ipaUrgency: Urgency = ongoing ? 'now' : 'days';
	const police = () => {
		if (wantsReport) return;
		desks.add(
			'police-npa-online',
			'days',
			L('犯罪の可能性があり、警察のオンライン窓口で相談・通報できるため', 'It may be a crime; the police’s online desk takes consultations and reports'),
			[PREPARE.timeline, PREPARE.evidence]
		);
	};

	// Life first (seed 002 付録03: threats to life go to 110).
	if (answers.safety === 'yes') {
		desks.add(
			'police-110',
			'now',
			L('命や身の安全が脅かされているため（殺害・爆破・自殺の予告、ストーカーなど）', 'Someone’s life or safety is threatened (threats of murder, bombing or suicide, stalking)'),
			[L('相手からのメッセージや書き込み（消さずに残す）', 'The messages or posts from the person (keep them)')]
		);
	}

	// Money: stopping a payment cannot wait.
	if (money === 'yes') {
		desks.add(
			'bank-or-card',
			'now',
			L(
				'お金を払った、またはカードや口座の情報を入力したため（すぐ連絡すると支払いや引き出しを止められることがあります）',
				'You paid money or entered card or bank details (calling at once can sometimes stop the payment or withdrawal)'
			),
			[PREPARE.payment]
		);
		police();
	} else if (money === 'unknown') {
		desks.add(
			'bank-or-card',
			'days',
			L('支払いやカード情報の入力があったかわからないため、明細を確認して相談します', 'You are not sure whether you paid or entered card details: check your statements and ask'),
			[PREPARE.payment]
		);
	}

	switch (what) {
		case 'ransomware':
			desks.add(
				'ipa-ransomware',
				'now',
				L('ランサムウェアの被害に遭ったとき、まず読むIPAの特設ページがあるため', 'IPA’s ransomware page is the first thing to read after a ransomware attack'),
				[]
			);
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.ransomNote, PREPARE.details]);
			desks.add(
				'police-npa-online',
				'days',
				L('ランサムウェアの被害は警察に相談・通報できるため（身代金は払わないでください）', 'Ransomware attacks can be reported to the police (do not pay the ransom)'),
				[PREPARE.ransomNote, PREPARE.timeline]
			);
			break;
		case 'suspicious-email':
			if (clicked === 'yes' || clicked === 'unknown') {
				desks.add(
					ipa,
					ipaUrgency,
					L(
						'メールのリンクや添付ファイルを開いたため、ウイルス感染などの相談が必要なため',
						'You opened a link or attachment in the email, so the device may be infected'
					),
					[PREPARE.email, PREPARE.details]
				);
				desks.add(
					'ipa-virus-report',
					'convenient',
					L('ウイルスを届け出ると、ほかの人の被害を防ぐ役に立つため（義務ではありません）', 'Reporting the virus helps protect others (not required)'),
					[PREPARE.email]
				);
			} else {
				desks.add(
					'antiphishing',
					'convenient',
					L('不審なメールを届け出ると、同じ手口の被害を防ぐ役に立つため', 'Reporting the suspicious email helps stop the same trick reaching others'),
					[PREPARE.phishing]
				);
				desks.add(ipa, 'convenient', ipaReason, [PREPARE.email]);
			}
			break;
		case 'targeted-email':
			desks.add(
				'ipa-jcrat',
				'days',
				L(
					'実在の取引先などを装い、あなたの組織を狙ったメール（標的型攻撃メール）と思われるため',
					'The email seems to target your organisation by imitating a real partner (a targeted attack email)'
				),
				[PREPARE.email]
			);
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.email, PREPARE.details]);
			break;
		case 'bec':
			desks.add(
				ipa,
				ipaUrgency,
				L('取引先を装って請求や振込先の変更を求める、ビジネスメール詐欺の手口のため', 'It is business email compromise: a fake invoice or a request to change bank details'),
				[PREPARE.email, PREPARE.details]
			);
			police();
			break;
		case 'phishing':
			desks.add(
				'antiphishing',
				'days',
				L('偽サイトや偽SMSを届け出ると、サイトの閉鎖や注意喚起につながるため', 'Reporting the fake site or SMS helps get it taken down and others warned'),
				[PREPARE.phishing, PREPARE.url]
			);
			if (password === 'yes' || password === 'unknown') police();
			if (password === 'yes' || password === 'unknown' || org) desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.details]);
			break;
		case 'account-takeover':
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.details, PREPARE.timeline]);
			police();
			desks.add(
				'ipa-unauthorized-access-report',
				'convenient',
				L('不正アクセスを届け出ると、ほかの人の被害を防ぐ役に立つため（義務ではありません）', 'Reporting the unauthorized access helps protect others (not required)'),
				[PREPARE.timeline]
			);
			break;
		case 'support-scam':
			desks.add(
				'consumer-hotline',
				money === 'yes' ? 'now' : 'days',
				L(
					'偽の警告画面から電話をかけさせ、サポート代を払わせる手口の相談を受け付けるため（188）',
					'It handles fake-warning support scams that make you call and pay for “support” (188)'
				),
				[PREPARE.payment, PREPARE.evidence]
			);
			desks.add(
				ipa,
				ipaUrgency,
				L(
					'偽の警告や遠隔操作ソフトの入れられた端末の直し方を相談できるため',
					'It advises on fake warnings and removing remote-control software the caller had you install'
				),
				[PREPARE.details]
			);
			break;
		case 'malicious-app':
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.details]);
			desks.add(
				'ipa-virus-report',
				'convenient',
				L('不正なアプリ（ウイルス）を届け出ると、ほかの人の被害を防ぐ役に立つため（義務ではありません）', 'Reporting the malicious app helps protect others (not required)'),
				[PREPARE.details]
			);
			break;
		case 'data-leak':
			if (org) {
				const cause = answer(answers, 'leakCause');
				if (cause !== 'mistake') {
					desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.leakScope, PREPARE.details]);
					if (cause === 'attack') police();
				}
			} else {
				desks.add(
					'ppc-dial',
					'convenient',
					L('自分の個人情報が漏れたとき、事業者の対応について相談できるため', 'You can ask how a business must handle a leak of your personal data'),
					[PREPARE.timeline]
				);
				desks.add(ipa, 'days', ipaReason, [PREPARE.details]);
			}
			break;
		case 'insider-leak':
			desks.add(
				wantsReport ? 'police-station' : 'police-npa-online',
				'days',
				L('従業員などによる情報の持ち出しは犯罪になり得るため', 'Data taken out by an employee or insider can be a crime'),
				[PREPARE.leakScope, PREPARE.evidence]
			);
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.leakScope]);
			break;
		case 'website':
			desks.add(ipa, ipaUrgency, ipaReason, [PREPARE.url, PREPARE.details]);
			desks.add(
				'jpcert',
				'days',
				L('ウェブサイトの改ざんやサービス停止について、対応の調整を依頼できるため', 'It coordinates responses to defaced websites and denial-of-service attacks'),
				[PREPARE.url, PREPARE.timeline]
			);
			if (!org) {
				desks.add(
					'provider-support',
					'days',
					L('サイトを置いているサーバーやサービスの会社が、止めたり戻したりできるため', 'The hosting company can take the site down or restore it'),
					[PREPARE.url]
				);
			}
			police();
			break;
		case 'harassment':
			desks.add(
				'police-station',
				'days',
				L(
					'嫌がらせやネットストーカーは、最寄りの警察署（生活安全課）が相談を受け付けるため',
					'Harassment and online stalking are handled by your local police station (生活安全課)'
				),
				[PREPARE.posts, PREPARE.evidence]
			);
			desks.add(
				'safer-internet',
				'days',
				L('誹謗中傷の書き込みの削除をサイトに依頼してもらえるため', 'It can ask sites to remove defamatory or abusive posts'),
				[PREPARE.posts]
			);
			desks.add(
				'ihaho',
				'days',
				L('書き込みの削除を自分で依頼する方法を教えてもらえるため', 'It advises how to ask for the posts to be removed yourself'),
				[PREPARE.posts]
			);
			desks.add(
				'moj-human-rights',
				'convenient',
				L('名誉やプライバシーなど人権の侵害として相談できるため', 'You can consult it about violations of your rights, honour or privacy'),
				[PREPARE.posts]
			);
			break;
		case 'fake-shop':
			desks.add(
				'fake-shop-council',
				'days',
				L('偽の通販サイト（なりすましECサイト）の情報を受け付けているため', 'It collects reports of fake online shops'),
				[PREPARE.shop]
			);
			desks.add(
				'consumer-hotline',
				'days',
				L('ネット通販のトラブルを消費生活センターで相談できるため（188）', 'Your consumer centre handles problems with online shopping (188)'),
				[PREPARE.shop]
			);
			break;
		case 'spam':
			desks.add(
				'spam-mail-center',
				'convenient',
				L('迷惑メールの相談と情報提供を受け付けているため', 'It handles questions and reports about spam'),
				[L('迷惑メールそのもの（削除せずに保存）', 'The spam itself (kept, not deleted)')]
			);
			break;
		case 'illegal-content':
			desks.add(
				'internet-hotline-center',
				'convenient',
				L('インターネット上の違法な情報の通報を受け付けているため', 'It takes reports of illegal content on the internet'),
				[PREPARE.url]
			);
			break;
		case 'other':
			desks.add(
				ipa,
				ipaUrgency,
				org
					? L('何が起きたかわからないときも、まず状況を相談できるため（メールのみ）', 'Even when you cannot tell what happened, you can describe it and get advice (email only)')
					: L('何が起きたかわからないときも、まず状況を相談できるため', 'Even when you cannot tell what happened, you can describe it and get advice'),
				[PREPARE.details]
			);
			break;
	}

	// Personal data held by a business (FACTS.md "PPC"): report when a condition holds or may hold.
	const leak = assessLeak(answers);
	if (leak.involved) {
		const reasons: Localized[] = [];
		if (leak.sensitive) reasons.push(L('要配慮個人情報が含まれるため', 'it includes sensitive personal information (要配慮個人情報)'));
		if (leak.financial) reasons.push(L('悪用されると財産的被害が出るおそれがあるため', 'its misuse could cause financial loss'));
		if (leak.unlawfulPurpose) reasons.push(L('不正アクセスなど不正な目的によるおそれがあるため', 'it may have been done with an unlawful purpose such as unauthorized access'));
		if (leak.over1000) reasons.push(L('1,000人を超える人の情報のため', 'it concerns more than 1,000 people'));
		const deadlines = ppcDeadlines(discoveredAt ?? now, leak.unlawfulPurpose);
		if (reasons.length > 0) {
			desks.add(
				'ppc-leak-report',
				'days',
				{
					ja: `個人情報が漏えいしたおそれがあり、${reasons.map((r) => r.ja).join('、')}、個人情報保護委員会への報告と本人への通知が必要なため`,
					en: `Personal data may have leaked and ${reasons.map((r) => r.en).join(', ')}: the law requires a report to the PPC and notice to the people concerned`
				},
				[PREPARE.leakScope],
				{ deadlines, reportRequired: true }
			);
		} else if (leak.unsure) {
			desks.add(
				'ppc-leak-report',
				'days',
				L(
					'個人情報が漏えいしたおそれがあり、報告が必要な場合（要配慮個人情報・財産的被害のおそれ・1,000人超）に当たるかもしれないため。当てはまるか確かめてください',
					'Personal data may have leaked and a report may be required (sensitive data, risk of financial loss, over 1,000 people): check whether any applies'
				),
				[PREPARE.leakScope],
				{ deadlines, reportRequired: false }
			);
		} else {
			desks.add(
				'ppc-dial',
				'convenient',
				L('個人情報の扱いや、報告が必要かどうかに迷ったときに相談できるため', 'You can ask how to handle the personal data and whether a report is needed'),
				[PREPARE.leakScope]
			);
		}
	}

	if (org && technical) {
		if (answers.orgMedical === 'yes') {
			desks.add(
				'mhlw-medical',
				'now',
				L('医療機関へのサイバー攻撃は、厚生労働省が連絡を受け付けているため', 'The Ministry of Health takes reports of cyber attacks on medical institutions'),
				[PREPARE.details]
			);
		}
		const support = answers.orgSupport;
		if (support === 'otasuketai' || support === 'both') {
			desks.add(
				'otasuketai',
				'now',
				L('お助け隊サービスを契約しているため、その相談窓口と駆け付け支援をすぐ使えます', 'You have an お助け隊 service: its help desk and on-site support are yours to use now'),
				[PREPARE.contract]
			);
		} else if (answers.orgSize !== 'over300' && answers.orgItStaff !== 'yes') {
			desks.add(
				'otasuketai',
				'convenient',
				L(
					'専任のIT担当者がいない中小企業向けに、相談・見守り・駆け付け・簡易保険をまとめた国の認定サービスがあるため',
					'For small businesses without IT staff there are certified services bundling a help desk, monitoring, on-site support and simple insurance'
				),
				[]
			);
		}
	}

	if (wantsReport && what !== 'spam') {
		desks.add(
			'police-station',
			'days',
			L('被害届を出したいため（被害届は最寄りの警察署で受け付けます）', 'You want to file a damage report (被害届), which the nearest police station accepts'),
			[PREPARE.evidence, PREPARE.timeline]
		);
	}

	// Never an empty result: anyone unsure can describe it to IPA.
	if (desks.size === 0) {
		desks.add(ipa, 'days', ipaReason, [PREPARE.details]);
	}
	return desks.list();
}

/** What to do besides contacting desks, from the answers. */
export function nextSteps(answers: Answers): Localized[] {
	const steps: Localized[] = [];
	const what = answers.what;
	if (answer(answers, 'passwordEntered') === 'yes' || what === 'account-takeover') {
		steps.push(
			L(
				'被害のない別の端末から、そのサービスのパスワードを変更し、同じパスワードを使っているほかのサービスも変更します',
				'From a device that is not affected, change that service’s password, and every other service using the same password'
			)
		);
	}
	if (what === 'ransomware' || what === 'bec' || what === 'support-scam') {
		steps.push(L('相手にお金を払ったり返信したりしないでください', 'Do not pay or reply to the attacker'));
	}
	if (assessLeak(answers).involved) {
		steps.push(
			L(
				'漏えいしたおそれのある情報と人数を確かめ、本人への通知の準備をします',
				'Find out what data and how many people are affected, and prepare to notify them'
			)
		);
	}
	if (answers.who === 'organisation' && (answers.orgSupport === 'insurance' || answers.orgSupport === 'both')) {
		steps.push(L('サイバー保険の契約先に連絡します', 'Contact your cyber insurer'));
	}
	steps.push(
		L(
			'問題の端末はネットから切り離したまま、電源は入れたままにします。ファイルやメールは消しません',
			'Keep the affected device off the network but powered on. Do not delete files or emails'
		)
	);
	return steps;
}
