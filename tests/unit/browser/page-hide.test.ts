import { describe, expect, it, vi } from 'vitest';
import { flushWhenHidden, type PageLifecycle } from '$lib/browser/page-hide';

function fakeLifecycle() {
	const win = new EventTarget();
	const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
	return { win, doc, lifecycle: { window: win, document: doc } satisfies PageLifecycle };
}

describe('flushWhenHidden', () => {
	it('flushes when the page is hidden or left, not when it becomes visible, and stops when told', () => {
		const { win, doc, lifecycle } = fakeLifecycle();
		const flush = vi.fn();
		const stop = flushWhenHidden(flush, lifecycle);
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(flush).not.toHaveBeenCalled();
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		win.dispatchEvent(new Event('pagehide'));
		expect(flush).toHaveBeenCalledTimes(2);
		stop();
		win.dispatchEvent(new Event('pagehide'));
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(flush).toHaveBeenCalledTimes(2);
	});

	it('without a browser (prerendering) it does nothing and can still be stopped', () => {
		expect(() => flushWhenHidden(vi.fn(), null)()).not.toThrow();
	});
});
