export { default as DeskCard } from './desk-card.svelte';
export { audienceLabel, regionLabel } from './labels';
