import { triageTree as checked } from 'virtual:content/triage';
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
	TriageTree,
	Urgency
} from './validate-triage';

/** The triage (content/triage/), checked against itself and the desks at build time (content.server.ts). */
export const triageTree: TriageTree = checked;
