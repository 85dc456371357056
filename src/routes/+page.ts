// The emergency screen ships no SvelteKit runtime: everything it shows is in its prerendered HTML,
// and one small script of its own (src/home.ts) does what only the browser can. Links from here
// are document loads, which the service worker serves offline.
export const csr = false;
