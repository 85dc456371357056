export { default as DeskCard } from './desk-card.svelte';
