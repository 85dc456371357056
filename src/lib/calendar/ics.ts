// The plan's dates as iCalendar (RFC 5545) files, made on the device, for the phone's own calendar.
// This module pulls in ical-generator (about 9 KB gzipped): import only its types statically and load
// it with import() when the person asks for a file.
//
// Why ical-generator: it folds lines at 75 octets of UTF-8 without cutting a character (Japanese is
// 3 octets a character), escapes , ; \ and newlines, writes VALUE=DATE, UTC times and VALARM, has its
// own types and no dependencies. `ics` and `ts-ics` fold by characters, giving lines of 200+ octets
// for Japanese text (checked 2026-12-06 with ics 3.12.0 and ts-ics 2.4.6). 10.2.0 is the last release
// whose engines include Node 20, which this project builds and tests on; 11.x asks for Node 22.
import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator';
import { downloadData } from '../browser/download';

/** One date of the plan, as the calendar will show it. */
export type CalendarEvent = {
	/** Stable across files and days (the same date added twice updates, not duplicates); unique across incidents. */
	uid: string;
	title: string;
	description?: string;
	/** An all-day event on this Japan date, 'YYYY-MM-DD'. */
	date?: string;
	/** A timed event at this instant (written in UTC). Ignored when `date` is given. */
	start?: Date;
	/**
	 * When the phone reminds, in minutes before the start. For an all-day event the start is the
	 * day's midnight: 15 * 60 reminds at 09:00 the day before. Without it: 09:00 on the day (all-day)
	 * or 60 minutes before (timed).
	 */
	alarmMinutesBefore?: number;
};

export type IcsOptions = {
	/** DTSTAMP: when the file was made. */
	now: Date;
	/** Shown by some calendars when the file is imported (NAME and X-WR-CALNAME). */
	calendarName?: string;
};

/** The fixed part of every UID: names the app, owns no domain (.invalid is reserved, RFC 2606). */
export const UID_SUFFIX = '@shodo-navi.invalid';
const PRODID = { company: 'Shodo Navi', product: '初動ナビ', language: 'JA' };
export const ICS_TYPE = 'text/calendar;charset=utf-8';
/** A timed event lasts this long in the calendar (a callback, a call to make). */
export const TIMED_EVENT_MINUTES = 30;
const ALL_DAY_ALARM_AT_MINUTES = 9 * 60;
const TIMED_ALARM_MINUTES_BEFORE = 60;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Japan date as the UTC midnight ical-generator writes as that same VALUE=DATE. */
function dateOnly(date: string, uid: string): Date {
	const [, year, month, day] = DATE.exec(date) ?? [];
	const midnight = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== date) {
		throw new RangeError(`Calendar event ${uid}: date must be a real YYYY-MM-DD date, got ${JSON.stringify(date)}`);
	}
	return midnight;
}

/** The UID: the event's own id, with anything outside a plain set percent-encoded, and the app's suffix. */
export function icsUid(uid: string): string {
	return uid.replace(/[^A-Za-z0-9._~/-]/gu, (c) => encodeURIComponent(c)) + UID_SUFFIX;
}

/** An .ics file (text, CRLF line ends, folded and escaped) with one VEVENT and one VALARM per event. */
export function icsFile(events: readonly CalendarEvent[], opts: IcsOptions): string {
	const calendar = ical({ prodId: PRODID, ...(opts.calendarName ? { name: opts.calendarName } : {}) });
	for (const event of events) {
		if (!event.uid) throw new RangeError('Calendar event: uid is empty');
		const allDay = event.date !== undefined;
		let start: Date;
		let end: Date;
		if (allDay) {
			start = dateOnly(event.date!, event.uid);
			end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
		} else if (event.start && !Number.isNaN(event.start.getTime())) {
			start = event.start;
			end = new Date(start.getTime() + TIMED_EVENT_MINUTES * 60 * 1000);
		} else {
			throw new RangeError(`Calendar event ${event.uid}: needs a date or a valid start`);
		}
		const minutesBefore =
			event.alarmMinutesBefore ?? (allDay ? -ALL_DAY_ALARM_AT_MINUTES : TIMED_ALARM_MINUTES_BEFORE);
		const vevent = calendar.createEvent({
			id: icsUid(event.uid),
			stamp: opts.now,
			start,
			end,
			allDay,
			summary: event.title,
			...(event.description ? { description: event.description } : {})
		});
		// RELATED=START written out: without it ical-generator relates a trigger after the start to
		// the END, which for an all-day event is the next day's midnight.
		vevent
			.createAlarm({ type: ICalAlarmType.display, description: event.title })
			.trigger(minutesBefore * 60)
			.relatesTo(ICalAlarmRelatesTo.start);
	}
	// RFC 5545 ends every content line, END:VCALENDAR too, with CRLF; ical-generator leaves the last one off.
	const text = calendar.toString();
	return text.endsWith('\r\n') ? text : text + '\r\n';
}

/** A safe file name ending in .ics: no path or reserved characters, never empty. */
export function icsFileName(name: string): string {
	const base = name
		.replace(/\.ics$/iu, '')
		.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/^[.-]+|[.-]+$/gu, '');
	return (base || 'calendar') + '.ics';
}

/** Makes the file and hands it to the browser's download (iOS Safari then offers to add the events). */
export function downloadIcs(events: readonly CalendarEvent[], name: string, opts: IcsOptions): void {
	downloadData(icsFile(events, opts), ICS_TYPE, icsFileName(name));
}
