import { describe, expect, test, vi } from 'vitest';
import { openAfterPaint } from '$lib/browser/after-paint';

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

	test('a page left while loading never shows what opens late, and closes it at once', async () => {
		const load = deferred<string>();
		const opened = vi.fn();
		const close = vi.fn();
		const leave = openAfterPaint(() => load.promise, opened, () => {}, close);
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
