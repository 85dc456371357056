import { describe, expect, it, vi } from 'vitest';
import { canShareText, shareSummary, summaryTextFile } from '$lib/browser/share';

const summary = () => ({ title: '相談', text: '本文\n二行目', file: summaryTextFile('相談\n\n本文\n二行目', 'summary.txt') });

describe('shareSummary', () => {
	it('shares the .txt file with the text where the browser can share files', async () => {
		const share = vi.fn(async (_data?: ShareData) => {});
		const canShare = vi.fn((data?: ShareData) => Boolean(data?.files?.length));
		expect(await shareSummary(summary(), { share, canShare })).toBe('shared');
		const data = share.mock.calls[0]![0]!;
		expect(data.text).toBe('本文\n二行目');
		expect(data.files).toHaveLength(1);
		const file = data.files![0]!;
		expect(file.name).toBe('summary.txt');
		expect(file.type).toBe('text/plain');
		// text() drops the byte-order mark, so look at the bytes for it.
		expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(await file.text()).toBe('相談\r\n\r\n本文\r\n二行目');
	});

	it('shares the text alone where files cannot be shared', async () => {
		const share = vi.fn(async (_data?: ShareData) => {});
		expect(await shareSummary(summary(), { share, canShare: () => false })).toBe('shared');
		expect(share.mock.calls[0]![0]).toEqual({ title: '相談', text: '本文\n二行目' });
		expect(await shareSummary(summary(), { share })).toBe('shared');
		expect(share.mock.calls[1]![0]).not.toHaveProperty('files');
	});

	it('tells a cancelled share sheet from a failure', async () => {
		const abort = Object.assign(new Error('x'), { name: 'AbortError' });
		expect(await shareSummary(summary(), { share: () => Promise.reject(abort) })).toBe('cancelled');
		expect(await shareSummary(summary(), { share: () => Promise.reject(new TypeError('no')) })).toBe('failed');
	});

	it('knows when there is no share sheet', () => {
		expect(canShareText({})).toBe(false);
		expect(canShareText({ share: async () => {} })).toBe(true);
	});
});
