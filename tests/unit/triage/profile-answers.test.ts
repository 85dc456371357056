import { describe, expect, test } from 'vitest';
import { triageTree } from '$lib/content/triage';
import { PROFILE_ANSWERS, presetAnswers } from '$lib/triage/profile-answers';
import { MANAGER, OTASUKETAI, profileWith } from '../../fixtures/profiles';

describe('presetAnswers: what the profile already answers', () => {
	test('every entry of the table names a question of the content, and gives one of its options', () => {
		const full = profileWith('organisation', { otasuketai: OTASUKETAI });
		for (const entry of PROFILE_ANSWERS) {
			const q = triageTree.questions.find((x) => x.id === entry.question);
			expect(q, entry.question).toBeDefined();
			const value = entry.answer(full);
			expect(q!.options.map((o) => o.value)).toContain(value);
			expect(entry.source.length).toBeGreaterThan(0);
		}
	});

	test('an お助け隊 contract answers the support-contract question with yes', () => {
		expect(presetAnswers(profileWith('organisation', { otasuketai: OTASUKETAI }))).toEqual({ orgSupport: 'yes' });
		// The provider's name or the contract number alone is enough to know there is a contract.
		expect(presetAnswers(profileWith('organisation', { otasuketai: { name: 'まもるくんサポート' } }))).toEqual({ orgSupport: 'yes' });
		expect(presetAnswers(profileWith('organisation', { otasuketai: { reference: 'OT-1' } }))).toEqual({ orgSupport: 'yes' });
	});

	test('no profile, or no お助け隊 entry, answers nothing: the triage asks as it does today', () => {
		expect(presetAnswers(undefined)).toEqual({});
		expect(presetAnswers(profileWith('organisation', { manager: MANAGER }))).toEqual({});
		// Notes or blanks alone say nothing about a contract.
		expect(presetAnswers(profileWith('organisation', { otasuketai: { name: '  ', notes: '検討中' } }))).toEqual({});
	});

	test('an entry naming a question or option the content does not have is ignored, never passed to the machine', () => {
		const profile = profileWith('organisation', { otasuketai: OTASUKETAI });
		const table = [
			{ question: 'noSuchQuestion', answer: () => 'yes', source: 'test' },
			{ question: 'orgSupport', answer: () => 'maybe', source: 'test' }
		];
		expect(presetAnswers(profile, triageTree, table)).toEqual({});
	});
});
