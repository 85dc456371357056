const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** '2026-03-01' as 「2026年3月1日（日）」 or 'Sun 1 March 2026'; the date is already a Japan date. */
export function formatDate(date: string, locale: 'ja' | 'en'): string {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
	return locale === 'ja' ? `${y}年${mo}月${d}日（${WEEKDAYS_JA[weekday]}）` : `${WEEKDAYS_EN[weekday]} ${d} ${MONTHS_EN[mo - 1]} ${y}`;
}
