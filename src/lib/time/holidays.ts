import holidayJp from '@holiday-jp/holiday_jp';
import type { TokyoDate } from './tokyo';

/*
 * Look dates up in the library's table by their Japan date string. Its helper functions read the
 * device's local clock when given a Date, which is wrong outside Japan, so we never pass one.
 * The table covers 1970-2050.
 */
const table: Readonly<Record<string, { name: string; name_en: string }>> = holidayJp.holidays;

export function isNationalHoliday(date: TokyoDate): boolean {
	return Object.hasOwn(table, date);
}

export function holidayName(date: TokyoDate, locale: 'ja' | 'en'): string | null {
	if (!isNationalHoliday(date)) return null;
	const holiday = table[date]!;
	return locale === 'ja' ? holiday.name : holiday.name_en;
}
