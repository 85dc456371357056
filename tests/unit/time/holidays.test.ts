import { describe, expect, it } from 'vitest';
import { holidayName, isNationalHoliday } from '$lib/time/holidays';
import type { JapanDate } from '$lib/time/japan-time';

describe('national holidays', () => {
	it.each([
		['2026-01-12', '成人の日'],
		['2026-05-06', 'こどもの日 振替休日'],
		['2026-11-23', '勤労感謝の日']
	])('%s is %s', (date, name) => {
		expect(isNationalHoliday(date)).toBe(true);
		expect(holidayName(date, 'ja')).toBe(name);
	});

	it('does not count ordinary days or the year-end break', () => {
		expect(isNationalHoliday('2026-01-13')).toBe(false);
		expect(isNationalHoliday('2026-12-29')).toBe(false);
		expect(holidayName('2026-01-13', 'en')).toBeNull();
	});
});

describe('the holiday table the browser gets', () => {
	it('holds every date and both names of @holiday-jp/holiday_jp, and nothing else', async () => {
		const { default: holidayJp } = await import('@holiday-jp/holiday_jp');
		const table: Record<string, { name: string; name_en: string }> = holidayJp.holidays;
		const { holidays } = await import('virtual:holidays');
		expect(Object.keys(holidays.dates).sort()).toEqual(Object.keys(table).sort());
		for (const [date, { name, name_en }] of Object.entries(table)) {
			expect(holidayName(date as JapanDate, 'ja'), date).toBe(name);
			expect(holidayName(date as JapanDate, 'en'), date).toBe(name_en);
		}
	});
});
