import { nextScam as checkedNextScam, recoverySets as checkedSets } from 'virtual:content/recovery';
import type { NextScam, RecoverySet } from './validate-recovery';

export type { NextScam, RecoveryLink, RecoverySet, RecoveryStepContent } from './validate-recovery';

/** Recovery steps per situation (content/recovery/), checked against the triage at build time (content.server.ts). */
export const recoverySets: RecoverySet[] = checkedSets;
/** The warning about the next scam, shown on every plan (content/recovery/next-scam.json). */
export const nextScamContent: NextScam = checkedNextScam;
