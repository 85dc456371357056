export { default as QuickNote } from './quick-note.svelte';
