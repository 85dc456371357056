export { default as AddToCalendar } from './add-to-calendar.svelte';
