export { default as DocumentLinks } from './document-links.svelte';
