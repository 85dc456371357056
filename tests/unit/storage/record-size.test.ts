import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, checkSize } from '$lib/storage/record-size';
import { InvalidIncidentError, RecordTooLargeError } from '$lib/storage/errors';

// A control character is the longest a character gets in JSON: six units (\u0001).
const control = (n: number) => '\u0001'.repeat(n);
const record = (text: string) => ({ id: 'a', details: { whatHappened: text }, timeline: [{ id: 't', text: 'x' }] });
const jsonLength = (value: unknown) => JSON.stringify(value).length;

describe('checkSize', () => {
	it('passes a record with a long text, and refuses one whose JSON is over the limit by a few units', () => {
		expect(() => checkSize(record('あ'.repeat(400_000)))).not.toThrow();
		const under = record(control(Math.floor(MAX_RECORD_CHARS / 6) - 20));
		expect(jsonLength(under)).toBeLessThanOrEqual(MAX_RECORD_CHARS);
		expect(() => checkSize(under)).not.toThrow();
		const over = record(control(Math.floor(MAX_RECORD_CHARS / 6)));
		expect(jsonLength(over)).toBeGreaterThan(MAX_RECORD_CHARS);
		expect(() => checkSize(over, 'a')).toThrow(RecordTooLargeError);
	});

	it('measures many short entries as the JSON adds them up', () => {
		const entries = Array.from({ length: 40_000 }, (_, i) => ({ id: `t${i}`, text: 'あ'.repeat(70) }));
		expect(jsonLength({ timeline: entries })).toBeGreaterThan(MAX_RECORD_CHARS);
		expect(() => checkSize({ timeline: entries })).toThrow(RecordTooLargeError);
	});

	it('refuses what JSON cannot write', () => {
		const cycle: Record<string, unknown> = { id: 'a' };
		cycle.self = cycle;
		expect(() => checkSize(cycle)).toThrow(InvalidIncidentError);
		expect(() => checkSize({ id: 'a', n: 1n })).toThrow(InvalidIncidentError);
	});
});
