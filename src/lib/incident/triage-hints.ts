import { WHAT_HAPPENED, type WhatHappened } from '$lib/triage/answers';
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

/** The kinds of incident the summary can word; 'other' says nothing. */
export type WhatKind = Exclude<WhatHappened, 'other'>;
export const WHAT_KINDS = WHAT_HAPPENED.filter((w): w is WhatKind => w !== 'other');

/** The triage's answer to "what happened", when it is one we can word; 'other' is not. */
export function triageWhat(incident: Incident): WhatKind | undefined {
	const what = triageAnswers(incident).what;
	return (WHAT_KINDS as readonly string[]).includes(what ?? '') ? (what as WhatKind) : undefined;
}
