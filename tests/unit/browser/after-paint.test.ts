import { describe, expect, test, vi } from 'vitest';
import { nextTask, openAfterPaint } from '$lib/browser/after-paint';

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('openAfterPaint', () => {
	test('hands over what opened, and closes it when the page is left', async () => {
		const opened = vi.fn();
		const close = vi.fn();
		const leave = openAfterPaint(async () => 'screen', opened, () => {}, close);
		await settle();
		expect(opened).toHaveBeenCalledWith('screen');
		expect(close).not.toHaveBeenCalled();
		leave();
		expect(close).toHaveBeenCalledWith('screen');
	});

	test('opens in a later task than the one that asked, not in it', async () => {
		const open = vi.fn(async () => 'screen');
		openAfterPaint(open, () => {}, () => {});
		for (let i = 0; i < 20; i++) await Promise.resolve();
		expect(open).not.toHaveBeenCalled();
		await settle();
		expect(open).toHaveBeenCalledOnce();
	});

	test('a page left before the next task opens nothing', async () => {
		const open = vi.fn(async () => 'screen');
		const opened = vi.fn();
		const leave = openAfterPaint(open, opened, () => {});
		leave();
		await settle();
		await settle();
		expect(open).not.toHaveBeenCalled();
		expect(opened).not.toHaveBeenCalled();
	});

	test('a page left while loading never shows what opens late, and closes it at once', async () => {
		const load = deferred<string>();
		const open = vi.fn(() => load.promise);
		const opened = vi.fn();
		const close = vi.fn();
		const leave = openAfterPaint(open, opened, () => {}, close);
		await settle();
		expect(open).toHaveBeenCalledOnce();
		leave();
		load.resolve('late');
		await settle();
		expect(opened).not.toHaveBeenCalled();
		expect(close).toHaveBeenCalledWith('late');
	});

	test('a load that throws (no storage, a chunk not fetched) says so instead of waiting', async () => {
		const failed = vi.fn();
		const opened = vi.fn();
		openAfterPaint(() => Promise.reject(new Error('no chunk')), opened, failed);
		await settle();
		expect(failed).toHaveBeenCalledOnce();
		expect(opened).not.toHaveBeenCalled();
	});
});

describe('nextTask', () => {
	test('resolves in a later task: no chain of microtasks reaches it', async () => {
		let done = false;
		void nextTask().then(() => (done = true));
		for (let i = 0; i < 50; i++) await Promise.resolve();
		expect(done).toBe(false);
		await settle();
		expect(done).toBe(true);
	});

	test("uses the browser's scheduler.yield() when there is one", async () => {
		const yieldTask = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yieldTask });
		try {
			await nextTask();
			expect(yieldTask).toHaveBeenCalledOnce();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
