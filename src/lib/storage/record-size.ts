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
	let size: number;
	try {
		size = JSON.stringify(record)?.length ?? 0;
	} catch {
		// BigInt or a cycle: not something the app writes; keep it out rather than guess.
		throw new InvalidIncidentError('The record cannot be measured (it holds a value JSON cannot write).');
	}
	if (size > MAX_RECORD_CHARS) throw new RecordTooLargeError(size, MAX_RECORD_CHARS, id);
}
