export { default as DeskCard } from './desk-card.svelte';
export { audienceLabel, certaintyLabel, contactCertainty, regionLabel } from './labels';
