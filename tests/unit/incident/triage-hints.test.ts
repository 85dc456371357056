import { describe, expect, it } from 'vitest';
import { newIncident } from '$lib/incident/schema';
import { triageAnswers, triageWhat } from '$lib/incident/triage-hints';
import { detailWarning, filledCount, isFuture } from '$lib/incident/checks';
import { qrShape } from '$lib/incident/qr';

const withSnapshot = (snapshot: unknown) => {
	const i = newIncident('t', new Date('2026-03-01T00:00:00Z'));
	i.triage = { machineVersion: 1, snapshot, savedAt: '2026-03-01T00:00:00.000Z' };
	return i;
};

describe('reading the triage defensively', () => {
	it('finds the answer to "what happened"', () => {
		expect(triageWhat(withSnapshot({ context: { answers: { what: 'ransomware', who: 'organisation' } } }))).toBe('ransomware');
		expect(triageAnswers(withSnapshot({ context: { answers: { who: 'individual', n: 3 } } }))).toEqual({ who: 'individual' });
	});

	it('yields nothing for shapes it does not know', () => {
		for (const snapshot of [undefined, null, 'x', { context: null }, { context: { answers: [] } }, { context: { answers: { what: 'other' } } }, { context: { answers: { what: 42 } } }]) {
			expect(triageWhat(withSnapshot(snapshot))).toBeUndefined();
		}
		expect(triageWhat(newIncident('n', new Date()))).toBeUndefined();
	});
});

describe('gentle checks', () => {
	it('suggests a version for an OS name without one, and nothing else', () => {
		expect(detailWarning('os', 'Windows')).toBe('os-without-version');
		expect(detailWarning('os', 'Windows 11')).toBeUndefined();
		expect(detailWarning('os', '不明')).toBeUndefined();
		expect(detailWarning('os', '')).toBeUndefined();
		expect(detailWarning('deviceType', 'パソコン')).toBeUndefined();
		expect(detailWarning('whatHappened', 'x'.repeat(20_001))).toBe('very-long');
	});

	it('notices a discovery time in the future and counts filled items', () => {
		const now = new Date('2026-03-01T00:00:00Z');
		expect(isFuture('2026-03-02T00:00:00.000Z', now)).toBe(true);
		expect(isFuture('2026-02-28T00:00:00.000Z', now)).toBe(false);
		expect(isFuture(undefined, now)).toBe(false);
		const i = newIncident('c', now);
		i.details.os = 'iOS 18';
		i.details.deviceType = '  ';
		expect(filledCount(i.details)).toBe(1);
	});
});

describe('qrShape', () => {
	it('draws a square code for a short text and refuses one too long', () => {
		const shape = qrShape('LANケーブルを抜いた 10:42');
		expect(shape).toBeDefined();
		expect(shape!.size).toBeGreaterThanOrEqual(21 + 8);
		expect(shape!.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
		expect(qrShape('あ'.repeat(1000))).toBeUndefined();
	});
});
