export { default as EditorScreen } from './editor-screen.svelte';
