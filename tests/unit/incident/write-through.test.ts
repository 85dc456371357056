import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteThrough } from '$lib/incident/write-through';
import { frames } from '../../fixtures/frames';

describe('WriteThrough', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes `delay` after the last key, and never before the key is painted', () => {
		const write = vi.fn();
		const f = frames();
		const w = new WriteThrough(write, { delay: 10, maxWait: 150, afterPaint: f.afterPaint });
		w.schedule();
		vi.advanceTimersByTime(50);
		expect(write).not.toHaveBeenCalled();
		f.paint();
		// The delay was already over: written in the task after the paint.
		vi.advanceTimersByTime(0);
		expect(write).toHaveBeenCalledTimes(1);
		expect(w.due).toBe(false);
	});

	it('holds the write off while keys come, but never past `maxWait` after the first', () => {
		const write = vi.fn();
		const w = new WriteThrough(write, { delay: 10, maxWait: 40, afterPaint: (run) => (run(), () => {}) });
		for (let i = 0; i < 3; i++) {
			w.schedule();
			vi.advanceTimersByTime(8);
		}
		expect(write).not.toHaveBeenCalled();
		w.schedule();
		vi.advanceTimersByTime(8);
		w.schedule();
		vi.advanceTimersByTime(7);
		expect(write).not.toHaveBeenCalled();
		// 40 ms after the first key, although the last came only 8 ms ago.
		vi.advanceTimersByTime(1);
		expect(write).toHaveBeenCalledTimes(1);
		w.schedule();
		vi.advanceTimersByTime(9);
		expect(write).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1);
		expect(write).toHaveBeenCalledTimes(2);
	});

	it('clear() (a flush made by hand) cancels what was due, painted or not', () => {
		const write = vi.fn();
		const f = frames();
		const w = new WriteThrough(write, { afterPaint: f.afterPaint });
		w.schedule();
		expect(w.due).toBe(true);
		w.clear();
		f.paint();
		vi.advanceTimersByTime(1000);
		expect(write).not.toHaveBeenCalled();
		expect(w.due).toBe(false);
	});

	it("schedule('painted') writes `delay` later without waiting for another frame", () => {
		const write = vi.fn();
		const f = frames();
		const w = new WriteThrough(write, { delay: 10, maxWait: 150, afterPaint: f.afterPaint });
		w.schedule('painted');
		vi.advanceTimersByTime(9);
		expect(write).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(write).toHaveBeenCalledTimes(1);
	});

	it("schedule('tap') writes as soon as the frame is painted, with no delay, taking what keys left unwritten with it", () => {
		const write = vi.fn();
		const f = frames();
		const w = new WriteThrough(write, { delay: 60_000, maxWait: 60_000, afterPaint: f.afterPaint });
		w.schedule();
		w.schedule('tap');
		vi.advanceTimersByTime(50);
		expect(write).not.toHaveBeenCalled();
		f.paint();
		vi.advanceTimersByTime(0);
		expect(write).toHaveBeenCalledTimes(1);
		expect(w.due).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(write).toHaveBeenCalledTimes(1);
	});
});
