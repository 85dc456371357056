export { default as ReviewReminder } from './review-reminder.svelte';
