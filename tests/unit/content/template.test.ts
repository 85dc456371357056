import { describe, expect, it } from 'vitest';
import { fill, slotsIn } from '$lib/content/template';

describe('templates with named slots', () => {
	const greeting = { ja: '{desk} ご担当者様', en: 'To the {desk}' };

	it('fills each slot in the language asked for', () => {
		expect(fill<'desk'>(greeting, 'ja', { desk: 'IPA' })).toBe('IPA ご担当者様');
		expect(fill<'desk'>(greeting, 'en', { desk: 'IPA' })).toBe('To the IPA');
		expect(fill<'date' | 'days'>({ ja: '{date}まで（{days}日以内）', en: '' }, 'ja', { date: '3月1日', days: 30 })).toBe('3月1日まで（30日以内）');
	});

	it('puts values in as they are: a value that looks like a slot is not filled again', () => {
		expect(fill<'desk'>(greeting, 'en', { desk: '{desk} $& $1' })).toBe('To the {desk} $& $1');
	});

	it('names the slots a text uses', () => {
		expect(slotsIn('確報: {date}まで（{days}日以内）')).toEqual(['date', 'days']);
		expect(slotsIn('no slots')).toEqual([]);
	});
});
