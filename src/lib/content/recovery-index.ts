import { recoveryIndex as checked } from 'virtual:content/recovery-index';
import type { Condition } from './validate-triage';

/** The recovery sets' ids and conditions, without their words (content/recovery/, in their order). */
export type RecoveryIndex = { id: string; when: Condition; steps: { id: string; when?: Condition }[] }[];

export const recoveryIndex: RecoveryIndex = checked;
