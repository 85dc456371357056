import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '$lib/browser/clipboard';

function fakeField(value = '') {
	const calls: string[] = [];
	const field = {
		value,
		focus: () => calls.push('focus'),
		select: () => calls.push(`select:${field.value}`)
	};
	return { field: field as unknown as HTMLTextAreaElement, calls };
}

function stubDocument(execCommand: (command: string) => boolean) {
	const exec = vi.fn(execCommand);
	vi.stubGlobal('document', { execCommand: exec });
	return exec;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('copyText', () => {
	it('uses the Clipboard API when it works, and touches no field', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		const exec = stubDocument(() => true);
		const { field, calls } = fakeField('old');
		expect(await copyText('本文', field)).toBe(true);
		expect(writeText).toHaveBeenCalledWith('本文');
		expect(exec).not.toHaveBeenCalled();
		expect(calls).toEqual([]);
	});

	it('falls back to selecting the field, given the text first, when the API refuses', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
		const exec = stubDocument(() => true);
		const { field, calls } = fakeField('古い本文');
		expect(await copyText('新しい本文', field)).toBe(true);
		expect(exec).toHaveBeenCalledWith('copy');
		expect(calls).toEqual(['focus', 'select:新しい本文']);
	});

	it('falls back when the browser has no Clipboard API at all (http, old browsers)', async () => {
		vi.stubGlobal('navigator', {});
		const exec = stubDocument(() => true);
		expect(await copyText('本文', fakeField().field)).toBe(true);
		expect(exec).toHaveBeenCalledWith('copy');
	});

	it('says false when neither way works, so the page can tell the user to copy by hand', async () => {
		vi.stubGlobal('navigator', {});
		stubDocument(() => false);
		expect(await copyText('本文', fakeField().field)).toBe(false);
		stubDocument(() => {
			throw new Error('not supported');
		});
		expect(await copyText('本文', fakeField().field)).toBe(false);
		expect(await copyText('本文')).toBe(false);
	});
});
