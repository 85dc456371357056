import type { Contact, Desk, Hours, Session, Weekday } from '$lib/content/schema';
import { isNationalHoliday } from './holidays';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import {
	addDays,
	daysBetween,
	formatMonthDay,
	japanClock,
	japanInstant,
	japanParts,
	secondsOfClock,
	shortWeekday,
	WEEKDAY_NAMES,
	weekdayOf,
	type JapanDate
} from './japan-time';

export type OpenStatus =
	| { kind: 'always' } // 24h every day (110)
	| { kind: 'anytime' } // form/mailbox, accepted any time
	| { kind: 'unknown' }
	| { kind: 'open'; closesAt: Date }
	/** A working day inside a break the source names without dates (年末年始): maybe closed, never 'open'. */
	| { kind: 'likely-closed' }
	/** `afterLikelyClosure`: days of such a break were skipped to find `opensAt`. */
	| { kind: 'closed'; opensAt: Date | null; afterLikelyClosure?: boolean };

type WeeklyHours = Extract<Hours, { kind: 'weekly' }>;

/** How far ahead to look for the next opening: more than a year covers any closure. */
const SEARCH_DAYS = 400;

function inWindow(window: { from: string; to: string } | undefined, date: JapanDate): boolean {
	if (!window) return false;
	const { from, to } = window;
	const monthDay = date.slice(5);
	return from <= to ? from <= monthDay && monthDay <= to : monthDay >= from || monthDay <= to;
}

/** Whether the desk works at all on this Japan date (sessions aside), as far as the source says. */
export function isWorkingDay(hours: WeeklyHours, date: JapanDate): boolean {
	if (hours.closedOnHolidays && isNationalHoliday(date)) return false;
	return !inWindow(hours.yearlyClosure, date);
}

/** The sessions the source gives for this date, ignoring a likely closure. */
function scheduledOn(hours: WeeklyHours, date: JapanDate): Session[] {
	if (!isWorkingDay(hours, date)) return [];
	const weekday = weekdayOf(date);
	return hours.sessions
		.filter((s) => s.days.includes(weekday))
		.slice().sort((a, b) => a.open.localeCompare(b.open));
}

/** A day that would have sessions, but falls in a break the source names without dates. */
function likelyClosedOn(hours: WeeklyHours, date: JapanDate): boolean {
	return inWindow(hours.likelyClosure, date) && scheduledOn(hours, date).length > 0;
}

/** The sessions we can count on: none on a likely-closed day. */
function sessionsOn(hours: WeeklyHours, date: JapanDate): Session[] {
	return likelyClosedOn(hours, date) ? [] : scheduledOn(hours, date);
}

/** The session open at `now`, as the instant it closes; null when none is open. */
function openSessionClose(hours: WeeklyHours, now: Date): Date | null {
	const { date, secondOfDay } = japanParts(now);
	const session = sessionsOn(hours, date).find(
		// The close is exclusive: at 12:00:00 a session ending at 12:00 is over.
		(s) => secondsOfClock(s.open) <= secondOfDay && secondOfDay < secondsOfClock(s.close)
	);
	return session ? japanInstant(date, session.close) : null;
}

function nextOpening(hours: WeeklyHours, now: Date): Extract<OpenStatus, { kind: 'closed' }> {
	const today = japanParts(now).date;
	let afterLikelyClosure = false;
	for (let i = 0; i <= SEARCH_DAYS; i++) {
		const date = addDays(today, i);
		if (likelyClosedOn(hours, date)) afterLikelyClosure = true;
		for (const session of sessionsOn(hours, date)) {
			const opens = japanInstant(date, session.open);
			if (opens.getTime() > now.getTime()) {
				return afterLikelyClosure
					? { kind: 'closed', opensAt: opens, afterLikelyClosure }
					: { kind: 'closed', opensAt: opens };
			}
		}
	}
	return { kind: 'closed', opensAt: null };
}

export function openStatus(hours: Hours, now: Date): OpenStatus {
	if (hours.kind !== 'weekly') return { kind: hours.kind };
	// The whole day, not only its sessions: the break may start or end at any hour.
	if (likelyClosedOn(hours, japanParts(now).date)) return { kind: 'likely-closed' };
	let closesAt = openSessionClose(hours, now);
	if (!closesAt) return nextOpening(hours, now);
	// Sessions that meet (12:00 close, 12:00 open; 24:00 and the next day's 00:00) are one stretch.
	for (let i = 0; i < SEARCH_DAYS; i++) {
		const next = openSessionClose(hours, closesAt);
		if (!next) break;
		closesAt = next;
	}
	return { kind: 'open', closesAt };
}

/** Information pages are not a way to reach anyone, so they do not decide whether a desk is open. */
function reachable(contact: Contact): boolean {
	return !(contact.kind === 'web' && contact.purpose === 'page');
}

const RANK: Record<OpenStatus['kind'], number> = {
	always: 0,
	open: 1,
	'likely-closed': 2,
	closed: 3,
	anytime: 4,
	unknown: 5
};

/**
 * Answers "can I reach a person now?" across a desk's contacts:
 * always > open (the latest closesAt) > likely-closed > closed (the earliest opensAt) > anytime >
 * unknown.
 * A closed phone line outranks an always-open form, because the form is not a person answering;
 * the desk page still shows each contact's own status. Information pages are ignored unless the
 * desk has nothing else. A desk with no contacts of its own (your bank) is unknown.
 */
export function deskStatus(desk: Desk, now: Date): OpenStatus {
	const ways = desk.contacts.some(reachable) ? desk.contacts.filter(reachable) : desk.contacts;
	let best: OpenStatus = { kind: 'unknown' };
	for (const contact of ways) {
		const status = openStatus(contact.hours, now);
		if (RANK[status.kind] < RANK[best.kind]) {
			best = status;
		} else if (status.kind === 'open' && best.kind === 'open') {
			if (status.closesAt > best.closesAt) best = status;
		} else if (status.kind === 'closed' && best.kind === 'closed') {
			if (best.opensAt === null || (status.opensAt && status.opensAt < best.opensAt)) best = status;
		}
	}
	return best;
}

const clock = japanClock;

// The words are Paraglide messages (content/i18n/messages/time/); each takes the locale asked for.
const inLocale = (locale: Locale) => ({ locale });
/** a, b, c joined by a message that joins two: 「a、b、c」, 'a and b and c'. */
const joined = (items: string[], join: (pair: { a: string; b: string }) => string) =>
	items.reduce((a, b) => join({ a, b }));

/** 'today', 'tomorrow', a weekday within the coming week, else a date; all in Japan. */
function dayLabel(instant: Date, now: Date, locale: Locale): string {
	const target = japanParts(instant);
	const days = daysBetween(japanParts(now).date, target.date);
	const l = inLocale(locale);
	if (days === 0) return m.hours_day_today({}, l);
	if (days === 1) return m.hours_day_tomorrow({}, l);
	if (days < 7) return m.hours_day_weekday({ weekday: WEEKDAY_NAMES[locale][target.weekday] }, l);
	return m.hours_day_date({ date: formatMonthDay(target.month, target.day, locale), weekday: shortWeekday(target.weekday, locale) }, l);
}

/** When an open stretch ends, as people say it: '17:00', '24:00', or with the day when later. */
function closingLabel(closesAt: Date, now: Date, locale: Locale): string {
	const days = daysBetween(japanParts(now).date, japanParts(closesAt).date);
	const time = clock(closesAt);
	if (days === 0) return time;
	if (days === 1 && time === '00:00') return '24:00';
	return m.hours_day_at({ day: dayLabel(closesAt, now, locale), time }, inLocale(locale));
}

/** One line for a badge, in Japan time: 「受付中（17:00 まで）」, "Open now (until 17:00)". */
export function describeStatus(status: OpenStatus, now: Date, locale: Locale): string {
	const l = inLocale(locale);
	switch (status.kind) {
		case 'always':
			return m.hours_status_always({}, l);
		case 'anytime':
			return m.hours_status_anytime({}, l);
		case 'unknown':
			return m.hours_status_unknown({}, l);
		case 'open':
			return m.hours_status_open({ until: closingLabel(status.closesAt, now, locale) }, l);
		case 'likely-closed':
			return m.hours_status_likely_closed({}, l);
		case 'closed': {
			if (!status.opensAt) return m.hours_status_closed({}, l);
			const opens = { day: dayLabel(status.opensAt, now, locale), time: clock(status.opensAt) };
			return status.afterLikelyClosure ? m.hours_status_closed_after_break(opens, l) : m.hours_status_closed_opens(opens, l);
		}
	}
}

const DAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function daysInWords(days: readonly Weekday[], locale: Locale): string {
	const l = inLocale(locale);
	const sorted = DAY_ORDER.filter((d) => days.includes(d));
	const first = DAY_ORDER.indexOf(sorted[0]!);
	const consecutive = sorted.length > 2 && sorted.every((d, i) => DAY_ORDER.indexOf(d) === first + i);
	const name = (d: Weekday) => shortWeekday(d, locale);
	if (sorted.length === 7) return m.hours_every_day({}, l);
	if (consecutive) return m.hours_day_range({ from: name(sorted[0]!), to: name(sorted.at(-1)!) }, l);
	return joined(sorted.map(name), (pair) => m.hours_day_list(pair, l));
}

function monthDayInWords(md: string, locale: Locale): string {
	const [month, day] = md.split('-').map(Number) as [number, number];
	return formatMonthDay(month, day, locale);
}

const dateRange = (window: { from: string; to: string }, locale: Locale) =>
	m.hours_date_range({ from: monthDayInWords(window.from, locale), to: monthDayInWords(window.to, locale) }, inLocale(locale));

/** The hours in words, e.g. 「月〜金 10:00〜12:00、13:30〜17:00（祝日、12月29日〜1月3日は休み）」. */
export function describeHours(hours: Hours, locale: Locale): string {
	const l = inLocale(locale);
	const note = 'note' in hours && hours.note ? hours.note[locale] : '';
	const withNote = (text: string) => (note ? m.hours_with_note({ text, note }, l) : text);
	switch (hours.kind) {
		case 'always':
			return m.hours_always({}, l);
		case 'anytime':
			return withNote(m.hours_anytime({}, l));
		case 'unknown':
			return m.hours_unknown({ note }, l);
		case 'weekly': {
			const groups = new Map<string, Session[]>();
			for (const session of hours.sessions) {
				const key = DAY_ORDER.filter((d) => session.days.includes(d)).join(',');
				groups.set(key, [...(groups.get(key) ?? []), session]);
			}
			const parts = [...groups.values()].map((sessions) => {
				const times = sessions
					.slice().sort((a, b) => a.open.localeCompare(b.open))
					.map((s) => m.hours_time_range({ open: s.open, close: s.close }, l));
				return m.hours_days_times({ days: daysInWords(sessions[0]!.days, locale), times: joined(times, (pair) => m.hours_time_list(pair, l)) }, l);
			});
			const closed: string[] = [];
			if (hours.closedOnHolidays) closed.push(m.hours_holidays({}, l));
			if (hours.yearlyClosure) closed.push(dateRange(hours.yearlyClosure, locale));
			let text = joined(parts, (pair) => m.hours_group_list(pair, l));
			if (closed.length) text = m.hours_closed_on({ text, closed: joined(closed, (pair) => m.hours_closed_list(pair, l)) }, l);
			if (hours.likelyClosure) {
				const { note: words } = hours.likelyClosure;
				text = m.hours_likely_closure({ text, window: dateRange(hours.likelyClosure, locale), note: words[locale] }, l);
			}
			return withNote(text);
		}
	}
}
