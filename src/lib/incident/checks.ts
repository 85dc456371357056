import type { Details } from './schema';

export type DetailWarning = 'os-without-version' | 'very-long';

/** Very long text is kept; it only means the summary will not fit in an email link. */
export const LONG_TEXT = 20_000;

/** Gentle checks: they never block saving, they only suggest. */
export function detailWarning(key: keyof Details, value: string): DetailWarning | undefined {
	if (value.length > LONG_TEXT) return 'very-long';
	const text = value.trim();
	if (key === 'os' && text !== '' && text.length < 30 && !/\d/.test(text) && !/^(なし|不明|none|unknown)$/i.test(text)) {
		return 'os-without-version';
	}
	return undefined;
}

export function isFuture(iso: string | undefined, now: Date): boolean {
	return iso !== undefined && Date.parse(iso) > now.getTime() + 5 * 60_000;
}

export function filledCount(details: Details): number {
	return Object.values(details).filter((v) => v.trim() !== '').length;
}
