import { triageTree as checked } from 'virtual:content/triage';
import type { TriageTree } from './validate-triage';

export type {
	Condition,
	FactName,
	NextStep,
	Option,
	PpcCondition,
	Question,
	Rule,
	RuleSource,
	TriageTree,
	Urgency
} from './validate-triage';

/** The triage (content/triage/), checked against itself and the desks at build time (content.server.ts). */
export const triageTree: TriageTree = checked;
