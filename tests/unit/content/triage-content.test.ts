import { describe, expect, test } from 'vitest';
import raw from '$content/triage/questions.json';
import firstAidRaw from '$content/first-aid/first-aid.json';
import { FirstAid, firstAid } from '$lib/content/first-aid';
import { QuestionsFile, questionText } from '$lib/content/triage-questions';
import { QUESTIONS, type QuestionId } from '$lib/triage/machine';

describe('content/triage/questions.json', () => {
	test('every question the machine asks has its title and a label for every answer, in both languages', () => {
		for (const id of Object.keys(QUESTIONS) as QuestionId[]) {
			const q = questionText(id);
			expect(q.title.ja).not.toBe('');
			expect(q.options.map((o) => o.value)).toEqual([...QUESTIONS[id]]);
			for (const o of q.options) expect(o.label.en).not.toBe('');
		}
	});

	test('a file whose answers differ from the machine is refused with the question named', () => {
		const broken = structuredClone(raw) as { questions: Record<string, { options: Record<string, unknown> }> };
		delete broken.questions.who!.options.organisation;
		const result = QuestionsFile.safeParse(broken);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('options of who');
	});

	test('要配慮個人情報 is explained where it is asked', () => {
		expect(questionText('sensitiveData').help?.ja).toContain('病歴');
	});
});

describe('content/first-aid/first-aid.json', () => {
	test('has steps for every way of disconnecting and keeps network devices powered', () => {
		expect(firstAid.disconnect.map((d) => d.id).sort()).toEqual(['android', 'iphone', 'lan', 'mac', 'wifi', 'windows']);
		expect(firstAid.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['disconnect', 'router', 'keep', 'no-contact', 'other-device', 'note']));
		// Seed 004: a business first tells its information manager. First aid comes before the
		// question "company or individual", so that rule comes first, labelled for companies.
		expect(firstAid.rules[0]?.id).toBe('tell');
		expect(firstAid.rules[0]?.title.ja).toMatch(/^会社・団体の方は/);
		expect(firstAid.rules[1]?.id).toBe('disconnect');
		expect(firstAid.sources.some((s) => s.seed === '004_983349b1c0ef3f5b.txt' && s.section === '相談窓口と支援サービス')).toBe(true);
	});

	test('content telling anyone to power a device off is refused', () => {
		const bad = structuredClone(firstAidRaw) as { rules: { body: { ja: string } }[] };
		bad.rules[0]!.body.ja = 'まずパソコンの電源を切ってください。';
		expect(FirstAid.safeParse(bad).success).toBe(false);
	});
});
