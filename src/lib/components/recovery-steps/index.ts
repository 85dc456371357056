export { default as RecoverySteps } from './recovery-steps.svelte';
export { default as RecoveryStepBody } from './recovery-step-body.svelte';
export { default as HowSure } from './how-sure.svelte';
export { checkedDate, groupBySet, sourceLabel } from './labels';
