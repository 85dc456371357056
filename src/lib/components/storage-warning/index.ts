export { default as StorageWarning } from './storage-warning.svelte';
