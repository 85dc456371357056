import { describe, expect, it } from 'vitest';
import {
	addDays,
	checkedOverAYearAgo,
	daysBetween,
	formatJapanDate,
	formatJapanTime,
	formatMonthDay,
	fromJapanLocalInput,
	japanClock,
	japanDate,
	japanInstant,
	japanParts,
	secondsOfClock,
	shortWeekday,
	toJapanLocalInput,
	weekdayOf
} from '$lib/time/japan-time';

// These run under TZ=UTC and again under America/Los_Angeles, Asia/Tokyo and Pacific/Kiritimati
// (scripts/test.mjs): the answers must not depend on the device's zone.
const jst = (local: string) => new Date(`${local}+09:00`);

describe('japanParts', () => {
	it.each([
		['2026-01-11T15:00:00Z', '2026-01-12', 0, 'mon'],
		['2026-01-11T14:59:59Z', '2026-01-11', 23, 'sun'],
		['2026-12-31T15:30:00Z', '2027-01-01', 0, 'fri'],
		['2026-07-01T03:00:00Z', '2026-07-01', 12, 'wed']
	] as const)('%s is %s %i:xx (%s) in Japan', (iso, date, hour, weekday) => {
		for (const instant of [new Date(iso), iso]) {
			const parts = japanParts(instant);
			expect(parts.date).toBe(date);
			expect(parts.hour).toBe(hour);
			expect(parts.weekday).toBe(weekday);
		}
	});

	it('counts seconds since Japan midnight', () => {
		expect(japanParts(new Date('2026-03-02T02:59:59Z')).secondOfDay).toBe(11 * 3600 + 59 * 60 + 59);
	});

	it('refuses what is not an instant', () => {
		expect(() => japanParts('not a date')).toThrow(RangeError);
		expect(() => japanParts(new Date(NaN))).toThrow(RangeError);
	});
});

describe('japanDate and japanClock', () => {
	it('give the date and time in Japan, across midnight UTC', () => {
		expect(japanDate('2026-03-31T14:59:59Z')).toBe('2026-03-31');
		expect(japanDate('2026-03-31T15:00:00Z')).toBe('2026-04-01');
		expect(japanDate('2026-04-01T08:00:00+09:00')).toBe('2026-04-01');
		expect(japanClock('2026-03-01T15:05:00Z')).toBe('00:05');
		expect(japanClock(jst('2026-03-01T23:59'))).toBe('23:59');
	});

	it('refuse a bad date rather than give a wrong one', () => {
		expect(() => japanDate('not a date')).toThrow(RangeError);
	});
});

describe('japanInstant', () => {
	it('is nine hours ahead of UTC', () => {
		expect(japanInstant('2026-01-12', '10:00').toISOString()).toBe('2026-01-12T01:00:00.000Z');
		expect(japanInstant('2026-01-12', '08:00').toISOString()).toBe('2026-01-11T23:00:00.000Z');
	});

	it('reads 24:00 as the next midnight', () => {
		expect(japanInstant('2026-02-28', '24:00').toISOString()).toBe('2026-02-28T15:00:00.000Z');
	});

	it('round-trips with japanParts', () => {
		const parts = japanParts(japanInstant('2028-02-29', '23:45'));
		expect([parts.date, parts.hour, parts.minute]).toEqual(['2028-02-29', 23, 45]);
	});

	it('refuses a time that is not HH:MM', () => {
		expect(() => japanInstant('2026-01-12', '9:00')).toThrow(RangeError);
	});
});

describe('calendar dates', () => {
	it('adds days over month and year ends', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
	});

	it('refuses dates that do not exist', () => {
		for (const bad of ['2026-13-45', '2026-02-30', '2026-1-5', 'tomorrow']) {
			expect(() => addDays(bad, 1), bad).toThrow(RangeError);
		}
	});

	it('knows the weekday of a date', () => {
		expect(weekdayOf('2026-11-22')).toBe('sun');
		expect(weekdayOf('2026-01-12')).toBe('mon');
	});

	it('reads HH:MM as seconds, 24:00 as the end of the day', () => {
		expect(secondsOfClock('13:30')).toBe(13 * 3600 + 30 * 60);
		expect(secondsOfClock('24:00')).toBe(86400);
	});
});

describe('checkedOverAYearAgo', () => {
	it.each([
		['2027-11-22T23:59:59', false],
		['2027-11-23T00:00:00', true],
		['2026-11-22T10:00:00', false],
		['2028-01-01T00:00:00', true]
	] as const)('a check on 2026-11-22 read at %s (Japan) is stale: %s', (at, stale) => {
		expect(checkedOverAYearAgo('2026-11-22', jst(at))).toBe(stale);
	});

	it('counts by the date in Japan, not the device’s', () => {
		// 2027-11-22 15:00 UTC is already 2027-11-23 in Japan.
		expect(checkedOverAYearAgo('2026-11-22', new Date('2027-11-22T15:00:00Z'))).toBe(true);
		expect(checkedOverAYearAgo('2026-11-22', new Date('2027-11-22T14:59:59Z'))).toBe(false);
	});
});

describe('dates and times in words', () => {
	it('writes a date with its weekday, the month in full in English', () => {
		expect(formatJapanDate('2026-11-22', 'ja')).toBe('2026年11月22日（日）');
		expect(formatJapanDate('2026-11-22', 'en')).toBe('Sun 22 November 2026');
		expect(formatJapanDate('2026-01-05', 'en')).toBe('Mon 5 January 2026');
	});

	it('writes an instant in Japan time', () => {
		expect(formatJapanTime('2026-03-01T15:30:00.000Z', 'ja')).toBe('2026年3月2日（月）00:30');
		expect(formatJapanTime('2026-03-01T15:30:00.000Z', 'en')).toBe('Mon 2 March 2026, 00:30');
	});

	it('writes a month and day, and short weekdays', () => {
		expect(formatMonthDay(12, 29, 'ja')).toBe('12月29日');
		expect(formatMonthDay(1, 3, 'en')).toBe('3 Jan');
		expect(shortWeekday('thu', 'ja')).toBe('木');
		expect(shortWeekday('thu', 'en')).toBe('Thu');
	});
});

describe('<input type="datetime-local"> in Japan time', () => {
	it('writes and reads the value as Japan time', () => {
		expect(toJapanLocalInput('2026-03-01T15:30:00.000Z')).toBe('2026-03-02T00:30');
		expect(fromJapanLocalInput('2026-03-02T00:30')).toBe('2026-03-01T15:30:00.000Z');
		expect(fromJapanLocalInput('2026-03-02T00:30:15')).toBe('2026-03-01T15:30:15.000Z');
		expect(fromJapanLocalInput('nonsense')).toBeUndefined();
	});
});
