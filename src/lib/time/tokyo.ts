import type { Weekday } from '$lib/content/schema';

/** Japan has had no daylight saving time since 1951, so Tokyo wall-clock time is always UTC+9. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A calendar date in Japan, 'YYYY-MM-DD'. */
export type TokyoDate = string;

export interface TokyoParts {
	/** 'YYYY-MM-DD' */
	date: TokyoDate;
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

/** The wall-clock reading in Japan at an instant. Uses only UTC getters, so the device's zone never matters. */
export function tokyoParts(instant: Date): TokyoParts {
	const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
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

function parseDate(date: TokyoDate): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The instant at which the clocks in Japan read `date` `time` ('HH:MM'; '24:00' is the next midnight). */
export function tokyoInstant(date: TokyoDate, time = '00:00'): Date {
	const [y, m, d] = parseDate(date);
	const match = /^(\d{2}):(\d{2})$/.exec(time);
	if (!match) throw new Error(`not an HH:MM time: ${time}`);
	return new Date(Date.UTC(y, m - 1, d, Number(match[1]), Number(match[2])) - TOKYO_OFFSET_MS);
}

/** The Japan date `days` days after `date` (negative goes back). */
export function addDays(date: TokyoDate, days: number): TokyoDate {
	const [y, m, d] = parseDate(date);
	const next = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
	return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both Japan dates). */
export function daysBetween(from: TokyoDate, to: TokyoDate): number {
	const [y1, m1, d1] = parseDate(from);
	const [y2, m2, d2] = parseDate(to);
	return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

export function weekdayOf(date: TokyoDate): Weekday {
	const [y, m, d] = parseDate(date);
	return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** 'HH:MM' to seconds since midnight; '24:00' is 86400. */
export function secondsOfClock(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 3600 + (m ?? 0) * 60;
}
