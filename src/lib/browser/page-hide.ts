/** Where the page says it is going away: window (pagehide) and document (visibilitychange). */
export interface PageLifecycle {
	window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: string };
}

/** The browser's own window and document; null where there are none (prerendering, tests). */
export function browserLifecycle(): PageLifecycle | null {
	return typeof window === 'undefined' || typeof document === 'undefined' ? null : { window, document };
}

/**
 * Calls `flush` whenever the page may be going away: it is hidden (a phone switching apps, which
 * may then kill the browser without another event) or left (pagehide). Returns what stops it.
 * Writes that wait for a pause in the typing go out here, so nothing typed is lost with the tab.
 */
export function flushWhenHidden(flush: () => void, lifecycle: PageLifecycle | null = browserLifecycle()): () => void {
	if (!lifecycle) return () => {};
	const onVisibility = () => {
		if (lifecycle.document.visibilityState === 'hidden') flush();
	};
	lifecycle.window.addEventListener('pagehide', flush);
	lifecycle.document.addEventListener('visibilitychange', onVisibility);
	return () => {
		lifecycle.window.removeEventListener('pagehide', flush);
		lifecycle.document.removeEventListener('visibilitychange', onVisibility);
	};
}
