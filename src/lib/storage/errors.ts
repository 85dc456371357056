export { StorageFullError, IncidentNotFoundError, InvalidIncidentError, RecordTooLargeError } from '$lib/incident/store';

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

/**
 * Space a write needs, for messages: the UTF-16 length of its JSON times two (bytes as the browser
 * keeps strings), rounded up to a whole MB, at least 1.
 */
export function megabytesFor(chars: number): number {
	return Math.max(1, Math.ceil((chars * 2) / 1_000_000));
}
