import { describe, expect, test } from 'vitest';
import { triageTree } from '$lib/content/triage';
import { evaluate, type Answers } from '$lib/triage/flow';
import { ppcReportFor, route } from '$lib/triage/routing';

/** A small seeded generator, so the sample of answers is the same on every run. */
function seeded(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		return s / 2 ** 31;
	};
}

function randomAnswers(next: () => number): Answers {
	const answers: Answers = {};
	for (const q of triageTree.questions) {
		if (next() < 0.3) continue;
		answers[q.id] = q.options[Math.floor(next() * q.options.length)]!.value;
	}
	return answers;
}

describe('the PPC report without routing (ppcReportFor)', () => {
	const when = { discoveredAt: '2026-06-01T10:00:00+09:00', now: new Date('2026-06-02T00:00:00Z') };

	test('says what the routing says, for 400 sampled answer sets, without routing', () => {
		const next = seeded(26);
		let carried = 0;
		for (let i = 0; i < 400; i += 1) {
			const answers = randomAnswers(next);
			const routed = route({ answers, ...when }).find((r) => r.deadlines);
			const expected = routed ? { required: routed.reportRequired === true, deadlines: routed.deadlines } : undefined;
			expect(ppcReportFor(evaluate(triageTree, answers), when), JSON.stringify(answers)).toEqual(expected);
			if (expected) carried += 1;
		}
		// The sample holds both kinds, so the comparison means something either way.
		expect(carried).toBeGreaterThan(0);
		expect(carried).toBeLessThan(400);
	});

	test('no personal data: no report', () => {
		expect(ppcReportFor(evaluate(triageTree, {}), when)).toBeUndefined();
	});
});
