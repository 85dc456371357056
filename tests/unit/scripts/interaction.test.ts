import { describe, expect, it } from 'vitest';
import { endBudget, interactionFailures, spread } from '../../../scripts/interaction-budget.mjs';

/** A run of Event Timing durations, as the bench collects them. */
const run = (...ms: number[]) => ms.map((m) => ({ ms: m, name: 'keydown', target: '' }));

function result(typing: { ms: number }[][], triage: { ms: number }[][] = [run(56, 88)]) {
	const floor = spread([run(40, 48), run(40, 48), run(40, 48)]);
	return {
		triage: spread(triage),
		typing: spread(typing),
		typingEnd: { ...spread([run(48, 56)]), budget: endBudget(floor) },
		typingFloor: floor
	};
}

const BUDGET = { tapMs: 100, keyMs: 50 };

describe('the tap and key budgets of npm run bench', () => {
	it('hold each run’s slowest key (the visit’s INP), median of the runs, and show the slowest of all beside', () => {
		const r = result([run(24, 32, 48), run(24, 56), run(32, 40)]);
		expect(r.typing.slowestPerRun).toEqual([48, 56, 40]);
		expect(r.typing.slowestMedianMs).toBe(48);
		expect(r.typing.worstMs).toBe(56);
		expect(interactionFailures(r, BUDGET)).toEqual([]);
	});

	it('break when two runs of three have a key over 50 ms', () => {
		const failures = interactionFailures(result([run(24, 56), run(24, 64), run(32, 40)]), BUDGET);
		expect(failures).toHaveLength(1);
		expect(failures[0]).toContain('field 6 beside 100 KB took 56 ms at 6× CPU (median of the runs: 56, 64, 40) > 50 ms');
	});

	it('break for the triage the same way, and count a run with no tap over a frame as 16 ms', () => {
		const r = result([run(24)], [run(104), run(112), []]);
		expect(r.triage.slowestPerRun).toEqual([104, 112, 16]);
		expect(interactionFailures(r, BUDGET)).toEqual([expect.stringMatching(/^triage: .* 104 ms/)]);
	});

	it('hold the end of field 5 to its floor’s median and 90th percentile + 8 ms', () => {
		const r = result([run(24)]);
		r.typingEnd = { ...spread([run(64, 64, 64)]), budget: endBudget(r.typingFloor) };
		expect(interactionFailures(r, BUDGET)).toEqual([expect.stringMatching(/90th percentile/), expect.stringMatching(/median key/)]);
	});
});
