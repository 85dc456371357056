export { default as QuickNote } from './quick-note.svelte';
export { addQuickNote } from './quick-note';
