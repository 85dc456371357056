// The screens that follow the first aid, and what only an open triage shows (the storage warning,
// starting over). The page loads them with the machine, after the first aid is on screen, so its
// first load carries none of them.
export { default as QuestionStep } from './question-step.svelte';
export { default as EmergencyStep } from './emergency-step.svelte';
export { default as RestartDialog } from './restart-dialog.svelte';
export { StorageWarning } from '$lib/components/storage-warning';
