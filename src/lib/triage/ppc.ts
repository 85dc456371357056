import type { FactName, PpcCondition } from '$lib/content/triage';

/**
 * Whether a leak of personal data held by a business must be reported to the PPC (FACTS.md "PPC:
 * when a leak must be reported"): the data may have leaked (おそれ counts) and at least one of four
 * conditions holds. An answer of 「わからない」 never makes a duty definite: it only asks the user
 * to check.
 */
export type Certainty = 'yes' | 'unsure' | 'no';

export interface PpcAssessment {
	/** Personal data held by an organisation may be involved at all. */
	involved: boolean;
	personal: Certainty;
	conditions: Record<PpcCondition, Certainty>;
	/** required: report and notify; check: a condition may hold; not-required: none holds so far; none: no personal data. */
	outcome: 'required' | 'check' | 'not-required' | 'none';
	/** An answer still to come could change the outcome, so the condition questions are worth asking. */
	undecided: boolean;
}

const fromAnswer = (answer: string | undefined): Certainty =>
	answer === 'yes' ? 'yes' : answer === 'unknown' ? 'unsure' : 'no';

export function assessPpc(answers: Readonly<Record<string, string>>, tags: ReadonlySet<string>): PpcAssessment {
	const personal: Certainty = !tags.has('org')
		? 'no'
		: tags.has('personal-data')
			? 'yes'
			: fromAnswer(answers.personalData);
	// One answer names the case that holds (any one is enough); 「わからない」 leaves each of them unsure.
	const named = (c: string): Certainty => (answers.reportCase === c ? 'yes' : answers.reportCase === 'unknown' ? 'unsure' : 'no');
	const conditions: Record<PpcCondition, Certainty> = {
		sensitive: named('sensitive'),
		financial: named('financial'),
		unlawful: tags.has('unlawful') ? 'yes' : tags.has('unlawful-unsure') ? 'unsure' : 'no',
		over1000: named('over1000')
	};
	const values = Object.values(conditions);
	const anyYes = values.includes('yes');
	const anyUnsure = values.includes('unsure');
	const settled =
		personal === 'no'
			? 'none'
			: personal === 'yes' && anyYes
				? 'required'
				: anyYes || anyUnsure
					? 'check'
					: 'not-required';
	// Until the case question is answered, "not required" cannot be said yet: the user checks.
	const outcome = settled === 'not-required' && answers.reportCase === undefined ? 'check' : settled;
	// With the data only possibly involved, any condition already yes or unsure fixes "check".
	const undecided = settled !== 'none' && settled !== 'required' && !(personal === 'unsure' && (anyYes || anyUnsure));
	return { involved: personal !== 'no', personal, conditions, outcome, undecided };
}

/** The conditions that hold, for the reason's {conditions}. */
export function conditionsHeld(assessment: PpcAssessment): PpcCondition[] {
	return (Object.keys(assessment.conditions) as PpcCondition[]).filter((c) => assessment.conditions[c] === 'yes');
}

/** The decisions content may name with { "fact": … }. */
export const FACTS: Record<FactName, (a: PpcAssessment) => boolean> = {
	'ppc-report-required': (a) => a.outcome === 'required',
	'ppc-report-check': (a) => a.outcome === 'check',
	'ppc-report-not-required': (a) => a.outcome === 'not-required',
	'ppc-undecided': (a) => a.undecided
};
