/** The triage's answers as plain data, without xstate: routing, incidents and pages share these. */

const YES_NO = ['yes', 'no'] as const;
const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

/** What happened: grounded in seed 003 (情報セキュリティ10大脅威 2020) and seed 004's desk table. */
export const WHAT_HAPPENED = [
	'ransomware',
	'suspicious-email',
	'targeted-email',
	'bec',
	'phishing',
	'account-takeover',
	'support-scam',
	'malicious-app',
	'data-leak',
	'insider-leak',
	'website',
	'harassment',
	'fake-shop',
	'spam',
	'illegal-content',
	'other'
] as const;
export type WhatHappened = (typeof WHAT_HAPPENED)[number];

/** Every question and the answers it accepts. Texts live in content/triage/questions.json. */
export const QUESTIONS = {
	safety: YES_NO,
	who: ['individual', 'organisation'],
	orgItStaff: YES_NO_UNKNOWN,
	orgSupport: ['otasuketai', 'insurance', 'both', 'none', 'unknown'],
	orgSize: ['upTo20', 'upTo300', 'over300', 'unknown'],
	orgMedical: YES_NO,
	what: WHAT_HAPPENED,
	emailOpened: YES_NO_UNKNOWN,
	emailClicked: YES_NO_UNKNOWN,
	passwordEntered: YES_NO_UNKNOWN,
	leakCause: ['mistake', 'attack', 'unknown'],
	personalData: YES_NO_UNKNOWN,
	sensitiveData: YES_NO_UNKNOWN,
	financialData: YES_NO_UNKNOWN,
	over1000: YES_NO_UNKNOWN,
	moneyLost: YES_NO_UNKNOWN,
	ongoing: YES_NO_UNKNOWN,
	policeReport: YES_NO_UNKNOWN
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerOf<Q extends QuestionId> = (typeof QUESTIONS)[Q][number];
export type Answers = { [Q in QuestionId]?: AnswerOf<Q> };

/** Incidents that are not about a device or account: harassment, fake shops, spam, illegal content. */
const NOT_TECHNICAL: readonly WhatHappened[] = ['harassment', 'fake-shop', 'spam', 'illegal-content'];
/** Incidents of a technical kind. */
export const TECHNICAL: readonly WhatHappened[] = WHAT_HAPPENED.filter((w) => !NOT_TECHNICAL.includes(w));
