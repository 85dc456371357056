import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { summarizeTriage } from '$lib/triage/describe';
import { triageMachine } from '$lib/triage/machine';
import { readAnswers, saveTriage } from '$lib/triage/persist';
import { describeSaved, loadDescribeSaved, NOTHING_SAID } from '$lib/triage/saved-situation';

const when = { discoveredAt: '2026-06-01T01:00:00Z', now: new Date('2026-06-15T03:00:00Z') };

/** A saved triage with these taps, as the triage page saves it. */
function saved(...taps: string[]) {
	const actor = createActor(triageMachine()).start();
	actor.send({ type: 'CONTINUE' });
	for (const value of taps) actor.send({ type: 'ANSWER', value });
	return saveTriage(actor.getPersistedSnapshot(), when.now);
}

describe('the saved triage in words, its reading loaded on demand', () => {
	test('a record without a triage says what no answers say, without loading anything', async () => {
		expect(await describeSaved(undefined, 'ja', when)).toEqual(summarizeTriage({}, 'ja', when));
		expect(NOTHING_SAID).toEqual(summarizeTriage({}, 'en', when));
	});

	test('a saved triage says what its answers say, in either language', async () => {
		const triage = saved('no', 'organisation', 'data-leak');
		expect(Object.keys(readAnswers(triage))).toEqual(['safety', 'who', 'what']);
		for (const locale of ['ja', 'en'] as const) {
			const said = await describeSaved(triage, locale, when);
			expect(said).toEqual(summarizeTriage(readAnswers(triage), locale, when));
			expect(said.lines.length).toBeGreaterThan(0);
		}
		const describe = await loadDescribeSaved();
		expect(describe(undefined, 'ja', when)).toBe(NOTHING_SAID);
		expect(describe(triage, 'ja', when).situation).toBe((await describeSaved(triage, 'ja', when)).situation);
	});
});
