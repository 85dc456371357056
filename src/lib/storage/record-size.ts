import { InvalidIncidentError, RecordTooLargeError } from './errors';

/**
 * The largest record the store writes, in UTF-16 code units of its JSON (about 2 bytes each,
 * as the browser keeps it): 3,000,000, about 6 MB. The editor refuses a field over
 * MAX_FIELD_CHARS (200,000) long before that, so only many long entries reach it. Above this a
 * write of the whole record on every keystroke gets slow enough to drop characters on a phone,
 * and a device short of space fails it anyway; refusing it up front says why instead.
 */
export const MAX_RECORD_CHARS = 3_000_000;

/** Throws RecordTooLargeError for a record over MAX_RECORD_CHARS (or one that cannot be measured). */
export function checkSize(record: unknown, id?: string): void {
	// Every write of a record is measured, after every key typed: serialising a record holding a
	// long text each time cost a slow phone's keys. A bound of its JSON's length is counted first
	// (walking the values, not the characters); only a record whose bound reaches the limit is
	// serialised to be measured exactly.
	if (jsonBound(record, 0) <= MAX_RECORD_CHARS) return;
	let size: number;
	try {
		size = JSON.stringify(record)?.length ?? 0;
	} catch {
		// BigInt or a cycle: not something the app writes; keep it out rather than guess.
		throw new InvalidIncidentError('The record cannot be measured (it holds a value JSON cannot write).');
	}
	if (size > MAX_RECORD_CHARS) throw new RecordTooLargeError(size, MAX_RECORD_CHARS, id);
}

/**
 * At least the length of `value`'s JSON, in UTF-16 code units: a string at most 6 units a character
 * (\u0000) and its quotes, a number at most 24, each key as a string and its colon and comma.
 * Infinity for anything JSON might not write plainly (a BigInt, a function, toJSON) or nested
 * deeper than a record ever is (a cycle): the exact measure then decides.
 */
function jsonBound(value: unknown, depth: number): number {
	if (value === null || value === undefined || typeof value === 'boolean') return 5;
	if (typeof value === 'string') return value.length * 6 + 2;
	if (typeof value === 'number') return 24;
	if (typeof value !== 'object' || depth > 20 || 'toJSON' in value) return Infinity;
	let total = 2;
	if (Array.isArray(value)) {
		for (const item of value) total += jsonBound(item, depth + 1) + 1;
		return total;
	}
	for (const [key, item] of Object.entries(value)) total += key.length * 6 + 4 + jsonBound(item, depth + 1);
	return total;
}
