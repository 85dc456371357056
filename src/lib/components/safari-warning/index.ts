export { default as SafariWarning } from './safari-warning.svelte';
