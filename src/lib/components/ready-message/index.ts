export { default as ReadyMessage } from './ready-message.svelte';
