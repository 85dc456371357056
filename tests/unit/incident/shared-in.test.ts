import { describe, expect, it } from 'vitest';
import { sharedText } from '$lib/incident/shared-in';

describe('sharedText', () => {
	const read = (query: string) => sharedText(new URLSearchParams(query));

	it('joins title, text and link, without repeating what the text already holds', () => {
		expect(read('text=' + encodeURIComponent('【重要】お客様のアカウントを停止しました https://evil.example/x'))).toBe(
			'【重要】お客様のアカウントを停止しました https://evil.example/x'
		);
		expect(read('title=SMS&text=今すぐ確認&url=' + encodeURIComponent('https://evil.example/x'))).toBe(
			'SMS\n今すぐ確認\nhttps://evil.example/x'
		);
		expect(read('title=今すぐ確認&text=今すぐ確認してください')).toBe('今すぐ確認してください');
		expect(read('url=' + encodeURIComponent('https://evil.example/'))).toBe('https://evil.example/');
	});

	it('has nothing to record when nothing was shared', () => {
		expect(read('')).toBeUndefined();
		expect(read('text=%20%20&title=')).toBeUndefined();
	});
});
