export { default as EditorNotices } from './editor-notices.svelte';
