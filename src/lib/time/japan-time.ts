import type { Weekday } from '$lib/content/schema';
import type { Locale } from '$lib/paraglide/runtime';

/*
 * Japan time, the one home for it: what the clocks in Japan read at an instant, calendar dates in
 * Japan, and how dates and times are written in each language. Every deadline, opening hour and
 * timestamp the app shows is in Japan time, whatever the device's own time zone, so this module uses
 * only UTC getters on an instant shifted by nine hours (no Intl, no device zone).
 */

/** Japan has had no daylight saving time since 1951, so its wall-clock time is always UTC+9. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A calendar date in Japan, 'YYYY-MM-DD'. */
export type JapanDate = string;

export interface JapanParts {
	/** 'YYYY-MM-DD' */
	date: JapanDate;
	year: number;
	/** 1-12 */
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	weekday: Weekday;
	/** Seconds since midnight in Japan. */
	secondOfDay: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function instantMs(at: Date | string): number {
	const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
	if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(at)}`);
	return ms;
}

/** The wall-clock reading in Japan at an instant (a Date or an ISO string); a bad instant throws a RangeError. */
export function japanParts(instant: Date | string): JapanParts {
	const shifted = new Date(instantMs(instant) + JAPAN_OFFSET_MS);
	const year = shifted.getUTCFullYear();
	const month = shifted.getUTCMonth() + 1;
	const day = shifted.getUTCDate();
	const hour = shifted.getUTCHours();
	const minute = shifted.getUTCMinutes();
	const second = shifted.getUTCSeconds();
	return {
		date: `${year}-${pad(month)}-${pad(day)}`,
		year,
		month,
		day,
		hour,
		minute,
		second,
		weekday: WEEKDAYS[shifted.getUTCDay()]!,
		secondOfDay: hour * 3600 + minute * 60 + second
	};
}

/** The calendar date in Japan at an instant. */
export function japanDate(at: Date | string): JapanDate {
	return japanParts(at).date;
}

/** The Japan time of day at an instant, 'HH:MM'. */
export function japanClock(instant: Date | string): string {
	const { hour, minute } = japanParts(instant);
	return `${pad(hour)}:${pad(minute)}`;
}

/** [year, month, day] of a real 'YYYY-MM-DD' date; anything else (2026-13-45 too) throws a RangeError. */
function parseDate(date: JapanDate): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
	const check = new Date(Date.UTC(y, m - 1, d));
	if (!match || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw new RangeError(`Not a date: ${date}`);
	return [y, m, d];
}

/** The instant at which the clocks in Japan read `date` `time` ('HH:MM'; '24:00' is the next midnight). */
export function japanInstant(date: JapanDate, time = '00:00'): Date {
	const [y, m, d] = parseDate(date);
	const match = /^(\d{2}):(\d{2})$/.exec(time);
	if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
	return new Date(Date.UTC(y, m - 1, d, Number(match[1]), Number(match[2])) - JAPAN_OFFSET_MS);
}

/** The Japan date `days` calendar days after `date` (negative goes back); months and leap years roll over. */
export function addDays(date: JapanDate, days: number): JapanDate {
	const [y, m, d] = parseDate(date);
	const next = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
	return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both Japan dates). */
export function daysBetween(from: JapanDate, to: JapanDate): number {
	const [y1, m1, d1] = parseDate(from);
	const [y2, m2, d2] = parseDate(to);
	return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

export function weekdayOf(date: JapanDate): Weekday {
	const [y, m, d] = parseDate(date);
	return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** 'HH:MM' to seconds since midnight; '24:00' is 86400. */
export function secondsOfClock(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 3600 + (m ?? 0) * 60;
}

/**
 * Whether a fact checked on `checked` (a Japan date) is more than a year old at `now`: a check on
 * 2026-11-22 is still current on 2027-11-22 and stale from 2027-11-23.
 */
export function checkedOverAYearAgo(checked: JapanDate, now: Date): boolean {
	const today = japanParts(now);
	return checked < `${today.year - 1}${today.date.slice(4)}`;
}

// ---- Words: the names of days and months, and dates as each language writes them ----

/** Weekday names: 「月」 (written 「月曜」 or 「（月）」) and 'Monday' (or 'Mon'). */
export const WEEKDAY_NAMES: Record<Locale, Record<Weekday, string>> = {
	ja: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' },
	en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }
};

/** The short weekday name: 「月」, 'Mon'. */
export const shortWeekday = (weekday: Weekday, locale: Locale) =>
	locale === 'ja' ? WEEKDAY_NAMES.ja[weekday] : WEEKDAY_NAMES.en[weekday].slice(0, 3);

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month and day without the year: 「12月29日」, '29 Dec' (from 'MM-DD' or month and day). */
export function formatMonthDay(month: number, day: number, locale: Locale): string {
	return locale === 'ja' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]!.slice(0, 3)}`;
}

/**
 * A Japan date with its weekday: 「2026年3月1日（日）」, 'Sun 1 March 2026'. The one way the app
 * writes a date: the weekday tells whether a deadline or a check falls on a working day, and the
 * month in full cannot be misread.
 */
export function formatJapanDate(date: JapanDate, locale: Locale): string {
	const [y, m, d] = parseDate(date);
	const weekday = weekdayOf(date);
	return locale === 'ja'
		? `${y}年${m}月${d}日（${WEEKDAY_NAMES.ja[weekday]}）`
		: `${shortWeekday(weekday, 'en')} ${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** An instant in Japan time: 「2026年3月1日（日）10:42」, 'Sun 1 March 2026, 10:42'. */
export function formatJapanTime(instant: Date | string, locale: Locale): string {
	const date = formatJapanDate(japanDate(instant), locale);
	return locale === 'ja' ? `${date}${japanClock(instant)}` : `${date}, ${japanClock(instant)}`;
}

// ---- <input type="datetime-local">, read and written in Japan time ----

/** The value for <input type="datetime-local"> showing an instant in Japan time. */
export function toJapanLocalInput(instant: Date | string): string {
	const p = japanParts(instant);
	return `${p.date}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Reads a datetime-local value as Japan time (always +09:00); undefined when it is not one. */
export function fromJapanLocalInput(value: string): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
	const date = new Date(`${value.length === 16 ? value + ':00' : value}+09:00`);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
