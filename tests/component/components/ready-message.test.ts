import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { ReadyMessage } from '$lib/components/ready-message';
import { readyMessages } from '$lib/triage/recovery';

const [friends] = readyMessages({ safety: 'no', who: 'individual', what: 'account-takeover' });
const [notice] = readyMessages({ safety: 'no', who: 'organisation', what: 'data-leak', leakCause: 'mistake', reportCase: 'sensitive' });

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('ReadyMessage', () => {
	it('fills the slots as they are typed, starting from the values given', async () => {
		render(ReadyMessage, { message: friends!, values: { name: '山田' } });
		const text = screen.getByRole('textbox', { name: '送る文面' }) as HTMLTextAreaElement;
		expect(text.value).toContain('山田です。［サービス名（LINE など）］のアカウントが乗っ取られました。');
		await fireEvent.input(screen.getByRole('textbox', { name: 'サービス名（LINE など）' }), { target: { value: 'LINE' } });
		expect(text.value).toContain('山田です。LINEのアカウントが乗っ取られました。');
		expect(text.value).not.toMatch(/\{\w+\}/);
	});

	it('copies the filled text and says so', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		render(ReadyMessage, { message: friends!, values: { name: '山田', service: 'LINE' } });
		await fireEvent.click(screen.getByRole('button', { name: '文面をコピー' }));
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('コピーしました。'));
		expect(writeText).toHaveBeenCalledWith(expect.stringContaining('山田です。LINEのアカウントが乗っ取られました。'));
	});

	it('offers the share sheet only where there is one, sharing the text', async () => {
		const share = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { ...navigator, share });
		render(ReadyMessage, { message: friends!, values: { name: '山田', service: 'LINE' } });
		const button = await screen.findByRole('button', { name: '共有' });
		await fireEvent.click(button);
		expect(share).toHaveBeenCalledWith({ title: 'LINEのアカウントが乗っ取られました', text: expect.stringContaining('山田です。') });
	});

	it('has no share button without a share sheet, and a mail link with the subject and text', () => {
		render(ReadyMessage, { message: friends!, values: { name: '山田', service: 'LINE' } });
		expect(screen.queryByRole('button', { name: '共有' })).toBeNull();
		const href = screen.getByRole('link', { name: 'メールで送る' }).getAttribute('href')!;
		expect(href.startsWith('mailto:?subject=')).toBe(true);
		expect(decodeURIComponent(href)).toContain('subject=LINEのアカウントが乗っ取られました');
		expect(decodeURIComponent(href)).toContain('山田です。');
	});

	it('links the existing notice document instead of carrying a text of its own', () => {
		render(ReadyMessage, { message: notice! });
		expect(screen.getByRole('link', { name: 'ひな形を開く' })).toHaveAttribute('href', '/incident/ppc-draft#ppc-notice');
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(screen.queryByRole('button', { name: '文面をコピー' })).toBeNull();
	});
});
