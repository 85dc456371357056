export type Locale = 'ja' | 'en';

const parts = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Asia/Tokyo',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	weekday: 'short',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

const JA_WEEKDAYS: Record<string, string> = { Sun: '日', Mon: '月', Tue: '火', Wed: '水', Thu: '木', Fri: '金', Sat: '土' };
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The wall clock in Japan for an instant, whatever the device's own time zone. */
export function japanClock(instant: string | Date) {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
	return {
		year: Number(p.year),
		month: Number(p.month),
		day: Number(p.day),
		weekday: p.weekday ?? '',
		hour: p.hour ?? '00',
		minute: p.minute ?? '00'
	};
}

/** '2026年3月1日（日）10:42' or 'Sun 1 March 2026, 10:42', Japan time. */
export function formatJapanTime(instant: string | Date, locale: Locale): string {
	const c = japanClock(instant);
	return locale === 'ja'
		? `${c.year}年${c.month}月${c.day}日（${JA_WEEKDAYS[c.weekday] ?? c.weekday}）${c.hour}:${c.minute}`
		: `${c.weekday} ${c.day} ${EN_MONTHS[c.month - 1]} ${c.year}, ${c.hour}:${c.minute}`;
}

/** The value for <input type="datetime-local"> showing an instant in Japan time. */
export function toJapanLocalInput(instant: string | Date): string {
	const c = japanClock(instant);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${c.year}-${pad(c.month)}-${pad(c.day)}T${c.hour}:${c.minute}`;
}

/** Reads a datetime-local value as Japan time (Japan has no daylight saving: always +09:00). */
export function fromJapanLocalInput(value: string): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
	const date = new Date(`${value.length === 16 ? value + ':00' : value}+09:00`);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const JA_WEEKDAY_OF = ['日', '月', '火', '水', '木', '金', '土'];

/** A Japan date '2026-03-01' as 「2026年3月1日（日）」 or 'Sun 1 March 2026'. */
export function formatJapanDate(date: string, locale: Locale): string {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
	return locale === 'ja'
		? `${y}年${mo}月${d}日（${JA_WEEKDAY_OF[weekday]}）`
		: `${EN_WEEKDAYS[weekday]} ${d} ${EN_MONTHS[mo - 1]} ${y}`;
}
