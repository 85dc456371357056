import { triageResult } from 'virtual:content/triage-result';
import { triageQuestions } from './triage-questions';
import type { TriageTree } from './validate-triage';

export type {
	CalmOutcome,
	Condition,
	FactName,
	NextStep,
	Order,
	Option,
	PpcCondition,
	Question,
	Rule,
	RuleSource,
	Tier,
	TriageQuestions,
	TriageTree,
	Urgency
} from './validate-triage';

/**
 * The triage (content/triage/), checked against itself and the desks at build time
 * (content.server.ts): its questions (./triage-questions.ts) and the rest, a module of its own that
 * only the pages showing desks, plans or documents load.
 */
export const triageTree: TriageTree = { ...triageQuestions, ...triageResult };
