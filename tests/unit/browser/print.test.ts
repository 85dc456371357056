import { afterEach, describe, expect, it, vi } from 'vitest';
import { beforePrint } from '$lib/browser/print';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('beforePrint', () => {
	it('runs before every print until stopped', () => {
		const target = new EventTarget();
		vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
		vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
		const stamp = vi.fn();
		const stop = beforePrint(stamp);
		target.dispatchEvent(new Event('beforeprint'));
		target.dispatchEvent(new Event('beforeprint'));
		expect(stamp).toHaveBeenCalledTimes(2);
		stop();
		target.dispatchEvent(new Event('beforeprint'));
		expect(stamp).toHaveBeenCalledTimes(2);
	});
});
