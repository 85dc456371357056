export { default as IncidentNav } from './incident-nav.svelte';
