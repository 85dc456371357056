export { default as SaveStatus } from './save-status.svelte';
