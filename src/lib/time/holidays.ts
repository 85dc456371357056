import { holidays } from 'virtual:holidays';
import type { Locale } from '$lib/paraglide/runtime';
import type { JapanDate } from './japan-time';

/*
 * Look dates up in the holiday table (@holiday-jp/holiday_jp, 1970-2050, compacted at build time
 * by holidays.server.ts) by their Japan date string. The library's own helpers read the device's
 * local clock when given a Date, which is wrong outside Japan, so we never use them.
 */
export function isNationalHoliday(date: JapanDate): boolean {
	return Object.hasOwn(holidays.dates, date);
}

export function holidayName(date: JapanDate, locale: Locale): string | null {
	if (!isNationalHoliday(date)) return null;
	const [ja, en] = holidays.names[holidays.dates[date]!]!;
	return locale === 'ja' ? ja : en;
}
