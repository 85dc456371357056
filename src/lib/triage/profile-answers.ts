import type { TriageQuestions } from '$lib/content/triage';
import { triageQuestions } from '$lib/content/triage-questions';
import { reachable } from '$lib/profile/warnings';
import type { Profile } from '$lib/profile/schema';
import type { Answers } from './flow';

/**
 * The triage questions the profile (平時の備え) already answers: a triage starts with these answers
 * preset, so it does not ask them (ask only what the profile does not know). A question whose
 * entry has nothing to go on is asked as it is without a profile. This table is the one place that
 * maps the profile to answers; tests check every entry against the content's questions and options.
 */
export interface ProfileAnswer {
	/** A question of content/triage/questions.json. */
	question: string;
	/** The option the profile gives, or undefined when the profile does not know. */
	answer: (profile: Profile) => string | undefined;
	/** Why the profile answers it. */
	source: string;
}

export const PROFILE_ANSWERS: readonly ProfileAnswer[] = [
	{
		question: 'orgSupport',
		// A provider, a contract number or a line registered under お助け隊 means there is a contract.
		// No entry says nothing (the user may not have filled it in), so then the triage asks.
		answer: ({ contacts: { otasuketai: c } }) => (c.name.trim() || c.reference.trim() || reachable(c) ? 'yes' : undefined),
		source: 'issue 13: the お助け隊 contract in the profile answers 「お助け隊サービスを契約していますか？」'
	}
];

/** The answers a triage starts with, from the profile; {} without one. Only options the content knows. */
export function presetAnswers(profile: Profile | undefined, tree: TriageQuestions = triageQuestions, table: readonly ProfileAnswer[] = PROFILE_ANSWERS): Answers {
	if (!profile) return {};
	const out: Answers = {};
	for (const { question, answer } of table) {
		const value = answer(profile);
		const q = tree.questions.find((x) => x.id === question);
		if (value !== undefined && q?.options.some((o) => o.value === value)) out[question] = value;
	}
	return out;
}
