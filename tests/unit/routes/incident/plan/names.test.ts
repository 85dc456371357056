import { describe, expect, test } from 'vitest';
import { triageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import { dateLabel, progressLine, shorten } from '../../../../../src/routes/incident/plan/names';
import { recoveryStep, stepText } from '$lib/triage/step-words';

const names = { desk: (id: string) => `desk:${id}`, date: (id: string) => (id === 'ppc-preliminary' ? '個人情報保護委員会への速報' : undefined), step: () => undefined };

describe('progressLine', () => {
	test('「7件中3件済み」 and the next date with its weekday', () => {
		const line = progressLine({ done: 3, total: 7, next: { kind: 'date', id: 'ppc-preliminary', date: '2026-12-10' } }, names, 'ja');
		expect(line).toEqual({ count: '7件中3件済み', next: '次：個人情報保護委員会への速報、2026年12月10日（木）まで' });
	});

	test('English, a desk with no date', () => {
		expect(progressLine({ done: 0, total: 4, next: { kind: 'desk', id: 'ipa-anshin' } }, names, 'en')).toEqual({ count: '0 of 4 done', next: 'Next: desk:ipa-anshin' });
	});

	test('all done says so; a next item nobody can name is left out rather than shown as an id', () => {
		expect(progressLine({ done: 5, total: 5 }, names, 'ja')).toEqual({ count: '5件すべて済みました' });
		expect(progressLine({ done: 1, total: 5, next: { kind: 'step', id: 'next/gone' } }, names, 'ja')).toEqual({ count: '5件中1件済み' });
	});

	test('a long step is cut to one line with an ellipsis', () => {
		const long = 'あ'.repeat(60);
		expect([...shorten(long)]).toHaveLength(40);
		expect(shorten(long).endsWith('…')).toBe(true);
		expect(shorten('短い')).toBe('短い');
	});
});

describe('dateLabel', () => {
	test('each kind has a name; the person’s words win for their own dates', () => {
		expect(dateLabel({ kind: 'ppc-final' }, 'ja')).toBe('個人情報保護委員会への確報');
		expect(dateLabel({ kind: 'own', label: '保険会社に書類を出す' }, 'ja')).toBe('保険会社に書類を出す');
		expect(dateLabel({ kind: 'own' }, 'en')).toBe('A date you set');
		expect(dateLabel({ kind: 'callback', deskId: 'x' }, 'ja', () => '会社の顧問弁護士')).toBe('会社の顧問弁護士からの返事');
	});
});

describe('the steps’ words', () => {
	test('every next step and every recovery step of the content, by the id the plan keeps', () => {
		for (const s of triageTree.nextSteps) expect(stepText(`next/${s.id}`)).toEqual(s.text);
		for (const set of recoverySets)
			for (const s of set.steps) {
				const step = recoveryStep(`recovery/${set.id}/${s.id}`);
				expect(stepText(`recovery/${set.id}/${s.id}`)).toEqual(s.text);
				expect(step).toMatchObject({ id: `${set.id}/${s.id}`, setId: set.id, setTitle: set.title, certainty: s.certainty, checked: s.checked });
			}
		expect(stepText('next/no-such-step')).toBeUndefined();
		expect(stepText('recovery/no-such-set/x')).toBeUndefined();
		expect(recoveryStep('next/keep-powered')).toBeUndefined();
	});
});
