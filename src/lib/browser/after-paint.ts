/**
 * Opens what a page shows below its prerendered first screen (a form, a summary, a document) once
 * the page is on screen, for a page whose code for it is too heavy to load with the page. Call it
 * from onMount and return what it returns: if the page is left while it still loads, what opened
 * late is closed at once, and what opened in time is closed with the page.
 *
 * `opened` gets the result, `failed` is called when loading throws (no storage, a chunk that could
 * not be fetched); the page then shows its message instead of waiting for ever.
 */
export function openAfterPaint<S>(open: () => Promise<S>, opened: (screen: S) => void, failed: () => void, close?: (screen: S) => void): () => void {
	let left = false;
	let screen: S | undefined;
	void (async () => {
		try {
			const next = await open();
			if (left) return close?.(next);
			screen = next;
			opened(next);
		} catch {
			failed();
		}
	})();
	return () => {
		left = true;
		if (screen !== undefined) close?.(screen);
	};
}
