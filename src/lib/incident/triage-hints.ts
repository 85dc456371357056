import type { Incident } from './schema';

/**
 * What the triage already learned, read defensively: the snapshot is the triage machine's own
 * business and may change shape, so anything unexpected simply yields nothing.
 */
export function triageAnswers(incident: Incident): Record<string, string> {
	const snapshot = incident.triage?.snapshot;
	if (!snapshot || typeof snapshot !== 'object') return {};
	const context = (snapshot as { context?: unknown }).context;
	if (!context || typeof context !== 'object') return {};
	const answers = (context as { answers?: unknown }).answers;
	if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return {};
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(answers)) if (typeof value === 'string') out[key] = value;
	return out;
}

export const WHAT_KINDS = [
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
	'illegal-content'
] as const;
export type WhatKind = (typeof WHAT_KINDS)[number];

/** The triage's answer to "what happened", when it is one we can word; 'other' is not. */
export function triageWhat(incident: Incident): WhatKind | undefined {
	const what = triageAnswers(incident).what;
	return (WHAT_KINDS as readonly string[]).includes(what ?? '') ? (what as WhatKind) : undefined;
}
