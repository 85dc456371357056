import { triageQuestions as checked } from 'virtual:content/triage-questions';
import type { TriageQuestions } from './validate-triage';

/**
 * The triage's questions (content/triage/questions.json), checked at build time: all the flow and
 * the machine need, so the triage's first screen loads these and not the rules (./triage.ts).
 */
export const triageQuestions: TriageQuestions = checked;
