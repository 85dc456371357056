import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, tokyoInstant, tokyoParts, weekdayOf, type TokyoDate } from '$lib/time/tokyo';
import { holidayName, isNationalHoliday } from '$lib/time/holidays';

describe('tokyoParts', () => {
	it.each([
		['2026-01-11T15:00:00Z', '2026-01-12', 0, 'mon'],
		['2026-01-11T14:59:59Z', '2026-01-11', 23, 'sun'],
		['2026-12-31T15:30:00Z', '2027-01-01', 0, 'fri'],
		['2026-07-01T03:00:00Z', '2026-07-01', 12, 'wed']
	] as const)('%s is %s %i:xx (%s) in Japan', (iso, date, hour, weekday) => {
		const parts = tokyoParts(new Date(iso));
		expect(parts.date).toBe(date);
		expect(parts.hour).toBe(hour);
		expect(parts.weekday).toBe(weekday);
	});

	it('counts seconds since Japan midnight', () => {
		expect(tokyoParts(new Date('2026-03-02T02:59:59Z')).secondOfDay).toBe(11 * 3600 + 59 * 60 + 59);
	});
});

describe('tokyoInstant', () => {
	it('is nine hours ahead of UTC', () => {
		expect(tokyoInstant('2026-01-12', '10:00').toISOString()).toBe('2026-01-12T01:00:00.000Z');
		expect(tokyoInstant('2026-01-12', '08:00').toISOString()).toBe('2026-01-11T23:00:00.000Z');
	});

	it('reads 24:00 as the next midnight', () => {
		expect(tokyoInstant('2026-02-28', '24:00').toISOString()).toBe('2026-02-28T15:00:00.000Z');
	});

	it('round-trips with tokyoParts', () => {
		const parts = tokyoParts(tokyoInstant('2028-02-29', '23:45'));
		expect([parts.date, parts.hour, parts.minute]).toEqual(['2028-02-29', 23, 45]);
	});
});

describe('calendar helpers', () => {
	it('adds days over month and year ends', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
	});

	it('knows the weekday of a date', () => {
		expect(weekdayOf('2026-11-22')).toBe('sun');
		expect(weekdayOf('2026-01-12')).toBe('mon');
	});
});

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
			expect(holidayName(date as TokyoDate, 'ja'), date).toBe(name);
			expect(holidayName(date as TokyoDate, 'en'), date).toBe(name_en);
		}
	});
});
