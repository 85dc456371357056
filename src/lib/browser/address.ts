/**
 * The page's address as state: query parameters read and written without a navigation or a new
 * history entry (a reload or a shared link keeps the choice; Back is not filled with them).
 */

/** The query parameters of the address the page was opened at. */
export function addressParams(): URLSearchParams {
	return new URL(location.href).searchParams;
}

/**
 * Sets the given parameters in the address bar, removing those given as undefined or empty;
 * `null` removes every parameter (a shared text, once read, must not be read twice on reload).
 */
export function replaceParams(params: Record<string, string | undefined> | null): void {
	const url = new URL(location.href);
	if (params === null) url.search = '';
	else {
		for (const [name, value] of Object.entries(params)) {
			if (value) url.searchParams.set(name, value);
			else url.searchParams.delete(name);
		}
	}
	history.replaceState(history.state, '', url);
}

/** A path of this app as a full address (for a printed card or a QR code), on the page's origin. */
export function fullAddress(path: string): string {
	return new URL(path, location.origin).href;
}

/** Opens an address as a new document (a full page load), not through the client router. */
export function loadDocument(href: string): void {
	location.assign(href);
}

/** One step back in the tab's history, as the browser's own Back does. */
export function goBack(): void {
	history.back();
}

/**
 * Marks the page as ready for the user: `data-hydrated` on a SvelteKit page, `data-enhanced` on
 * the home page once its own script has run. End-to-end tests (and anyone curious) wait for it.
 */
export function markReady(attribute: 'data-hydrated' | 'data-enhanced'): void {
	document.documentElement.setAttribute(attribute, '');
}
