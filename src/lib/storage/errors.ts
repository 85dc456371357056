/** The device has no room left: the write was not made and what was saved before is unchanged. */
export class StorageFullError extends Error {
	override readonly name = 'StorageFullError';
	constructor(options?: { cause?: unknown }) {
		super('The device storage is full; the change was not saved.', options);
	}
}

/** The incident asked for is missing or cannot be read (damaged); nothing was written. */
export class IncidentNotFoundError extends Error {
	override readonly name = 'IncidentNotFoundError';
	constructor(readonly id: string, readonly damaged = false) {
		super(damaged ? `Incident ${id} is damaged and cannot be changed.` : `Incident ${id} does not exist.`);
	}
}

/** A write was refused because the incident did not match the schema. */
export class InvalidIncidentError extends Error {
	override readonly name = 'InvalidIncidentError';
	constructor(message: string) {
		super(message);
	}
}

/**
 * Browsers report a full disk as a DOMException named QuotaExceededError (legacy code 22;
 * old Firefox used NS_ERROR_DOM_QUOTA_REACHED), either thrown by the request or as the
 * transaction's abort reason.
 */
export function isQuotaError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const e = error as { name?: unknown; code?: unknown; cause?: unknown };
	if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
	if (e.code === 22 && e.name !== 'StorageFullError') return true;
	return false;
}

/** A write was refused before it started: the record is over the store's size limit. */
export class RecordTooLargeError extends Error {
	override readonly name = 'RecordTooLargeError';
	constructor(readonly size: number, readonly limit: number, readonly id?: string) {
		super(`The record ${id ?? ''} is ${size} characters long; the limit is ${limit}. Nothing was written.`);
	}
}

/**
 * Space a write needs, for messages: the UTF-16 length of its JSON times two (bytes as the browser
 * keeps strings), rounded up to a whole MB, at least 1.
 */
export function megabytesFor(chars: number): number {
	return Math.max(1, Math.ceil((chars * 2) / 1_000_000));
}
