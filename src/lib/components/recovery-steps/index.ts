export { default as RecoverySteps } from './recovery-steps.svelte';
export { default as RecoveryStepBody } from './recovery-step-body.svelte';
export { checkedDate, groupBySet, sourceLabel } from './labels';
