import { tokyoParts, type TokyoDate } from './tokyo';

/**
 * Whether a fact checked on `checked` (a Japan date) is more than a year old at `now`: a check on
 * 2026-11-22 is still current on 2027-11-22 and stale from 2027-11-23.
 */
export function checkedOverAYearAgo(checked: TokyoDate, now: Date): boolean {
	const today = tokyoParts(now);
	const aYearAgo = `${today.year - 1}${today.date.slice(4)}`;
	return checked < aYearAgo;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-11-22' as 「2026年11月22日」 or '22 Nov 2026'. */
export function formatDate(date: TokyoDate, locale: 'ja' | 'en'): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return locale === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}
