/**
 * Resolves in a later task of the page's main thread, so what follows does not lengthen the task
 * running now: the page hydrates in one task, the heavy part of its opening runs in the next ones,
 * and a tap in between is answered. scheduler.yield() where the browser has it (it resumes ahead of
 * other queued work), else a zero timeout.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Opens what a page shows below its prerendered first screen (a form, a summary, a document) once
 * the page is on screen, for a page whose code for it is too heavy to load with the page. Call it
 * from onMount and return what it returns: if the page is left while it still loads, what opened
 * late is closed at once, and what opened in time is closed with the page.
 *
 * It starts in the task after the one that called it (nextTask); a page left before then opens
 * nothing. `opened` gets the result, `failed` is called when loading throws (no storage, a chunk that could
 * not be fetched); the page then shows its message instead of waiting for ever.
 */
export function openAfterPaint<S>(open: () => Promise<S>, opened: (screen: S) => void, failed: () => void, close?: (screen: S) => void): () => void {
	let left = false;
	let screen: S | undefined;
	void (async () => {
		try {
			// Not in the task that hydrated the page: that one is already the longest.
			await nextTask();
			if (left) return;
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

/**
 * Runs `run` once the next frame is painted (a task after the frame's animation callbacks), or
 * after `fallbackMs` when no frame comes (a hidden page paints none). Returns what cancels it.
 * Where there is no requestAnimationFrame (tests, prerendering) it runs in the next task.
 */
export function afterNextPaint(run: () => void, fallbackMs = 100): () => void {
	let done = false;
	// A test's window can be torn down between the frame asked for and its cancelling.
	const cancelFrame = () => {
		if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
	};
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(fallback);
		cancelFrame();
		run();
	};
	const fallback = setTimeout(once, typeof requestAnimationFrame === 'function' ? fallbackMs : 0);
	const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(once, 0)) : undefined;
	return () => {
		done = true;
		clearTimeout(fallback);
		cancelFrame();
	};
}
