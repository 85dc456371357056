import { describe, expect, it } from 'vitest';
import { icsFile, icsFileName, icsUid, UID_SUFFIX, type CalendarEvent } from '$lib/calendar/ics';
import { readIcs as readBack } from '../../fixtures/ics';

const now = new Date('2026-12-06T01:23:45Z');
const utf8 = new TextEncoder();
const octets = (line: string) => utf8.encode(line).length;

/** The physical lines, without the last CRLF. */
const linesOf = (text: string) => text.replace(/\r\n$/u, '').split('\r\n');

const ppc: CalendarEvent[] = [
	{
		uid: 'inc-1/ppc-preliminary',
		title: '個人情報保護委員会への速報の期限',
		description: '速報は、知ってからおおむね3〜5日以内。\n窓口：個人情報保護委員会',
		date: '2026-12-10'
	},
	{
		uid: 'inc-1/ppc-final',
		title: '確報の期限',
		date: '2027-01-05',
		alarmMinutesBefore: 15 * 60
	},
	{
		uid: 'inc-1/callback',
		title: 'Callback from the bank, 組戻し',
		start: new Date('2026-12-08T05:30:00Z'),
		alarmMinutesBefore: 10
	}
];

describe('icsFile, read back by ical.js', () => {
	it('gives every event back with its uid, title, description and dates', () => {
		const { events } = readBack(icsFile(ppc, { now }));
		expect(events.map((e) => e.uid)).toEqual(ppc.map((e) => icsUid(e.uid)));
		expect(events.map((e) => e.title)).toEqual(ppc.map((e) => e.title));
		expect(events[0]!.description).toBe(ppc[0]!.description);
		expect(events[1]!.description).toBeNull();

		expect(events.map((e) => e.allDay)).toEqual([true, true, false]);
		expect([events[0]!.start, events[0]!.end]).toEqual(['2026-12-10', '2026-12-11']);
		expect([events[1]!.start, events[1]!.end]).toEqual(['2027-01-05', '2027-01-06']);
		expect([events[2]!.start, events[2]!.end]).toEqual(['2026-12-08T05:30:00.000Z', '2026-12-08T06:00:00.000Z']);
	});

	it('puts one display alarm in every event, at the given minutes or the defaults', () => {
		const { events } = readBack(icsFile([...ppc, { uid: 'own', title: 'My date', start: new Date('2026-12-20T00:00:00Z') }], { now }));
		for (const event of events) {
			expect(event.alarms).toHaveLength(1);
			expect(event.alarms[0]!.action).toBe('DISPLAY');
			expect(event.alarms[0]!.description).toBe(event.title);
			expect(event.alarms[0]!.related).toBe('START');
		}
		// All-day without minutes: 09:00 on the day. 15 hours before midnight: 09:00 the day before.
		expect(events.map((e) => e.alarms[0]!.triggerSeconds)).toEqual([9 * 3600, -15 * 3600, -10 * 60, -60 * 60]);
	});

	it('restores commas, semicolons, backslashes and newlines exactly', () => {
		const tricky = 'A, B; C\\D\nnext line\r\nand, after CRLF; 「確報」、本日。';
		const text = icsFile([{ uid: 'x', title: tricky, description: tricky, date: '2026-12-10' }], { now });
		const [event] = readBack(text).events;
		// A CRLF in the text becomes one newline in the calendar; nothing else changes.
		const expected = tricky.replace(/\r\n/gu, '\n');
		expect(event!.title).toBe(expected);
		expect(event!.description).toBe(expected);
		expect(text).toContain('A\\, B\\; C\\\\D\\nnext line');
	});

	it('writes the dates across the year end: 12-31 ends on 01-01 of the next year', () => {
		const text = icsFile([{ uid: 'y', title: '大晦日', date: '2026-12-31' }], { now });
		expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
		expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
		const [event] = readBack(text).events;
		expect([event!.start, event!.end]).toEqual(['2026-12-31', '2027-01-01']);
	});

	it('keeps the Japan date whatever the time zone of the machine that makes the file', () => {
		const zone = process.env.TZ;
		try {
			for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo']) {
				process.env.TZ = tz;
				expect(new Date(2026, 2, 1).getTimezoneOffset()).not.toBe(0);
				const text = icsFile([{ uid: 'z', title: 't', date: '2026-03-01' }], { now });
				expect(text).toContain('DTSTART;VALUE=DATE:20260301\r\n');
				expect(text).toContain('DTEND;VALUE=DATE:20260302\r\n');
			}
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('names the app, the calendar and the time it was made', () => {
		const text = icsFile(ppc, { now, calendarName: '初動ナビの予定' });
		const { version, prodId, calendarName, events } = readBack(text);
		expect(version).toBe('2.0');
		expect(prodId).toBe('-//Shodo Navi//初動ナビ//JA');
		expect(calendarName).toBe('初動ナビの予定');
		expect(events.map((e) => e.stamp)).toEqual(ppc.map(() => now.toISOString()));
		expect(icsFile(ppc, { now })).not.toContain('X-WR-CALNAME');
	});

	it('makes the same file for the same input: stable UIDs, no clock or randomness inside', () => {
		const one = icsFile([ppc[0]!], { now });
		expect(icsFile([ppc[0]!], { now })).toBe(one);
		// The single-event file and the all-dates file agree on the event.
		const all = readBack(icsFile(ppc, { now })).events[0]!;
		const single = readBack(one).events[0]!;
		expect(single.uid).toBe(all.uid);
		expect(single.text).toBe(all.text);
	});

	it('refuses an event with no date, a date that does not exist, or an empty uid', () => {
		expect(() => icsFile([{ uid: 'a', title: 't' }], { now })).toThrow(/a: needs a date/u);
		expect(() => icsFile([{ uid: 'b', title: 't', start: new Date('nope') }], { now })).toThrow(/b: needs a date/u);
		expect(() => icsFile([{ uid: 'c', title: 't', date: '2026-02-30' }], { now })).toThrow(/c: date must be/u);
		expect(() => icsFile([{ uid: 'd', title: 't', date: '2026/12/10' }], { now })).toThrow(/d: date must be/u);
		expect(() => icsFile([{ uid: '', title: 't', date: '2026-12-10' }], { now })).toThrow(/uid is empty/u);
	});
});

describe('icsFile against the RFC 5545 rules directly', () => {
	const long = '個人情報保護委員会への報告について、'.repeat(112).slice(0, 2000);
	const text = icsFile(
		[
			...ppc,
			{ uid: 'long', title: '長い説明の予定 😀 絵文字も', description: long, date: '2026-12-24' },
			{ uid: 'emoji', title: 'x'.repeat(60) + '😀'.repeat(30), date: '2026-12-25' }
		],
		{ now, calendarName: '初動ナビ' }
	);
	const lines = linesOf(text);

	it('ends every line with CRLF and has no bare CR or LF', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
	});

	it('keeps every line within 75 octets of UTF-8', () => {
		const over = lines.filter((line) => octets(line) > 75);
		expect(over).toEqual([]);
		// The long description did need folding, many times.
		expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2000 * 3 / 75);
	});

	it('never splits a UTF-8 character: every physical line is valid UTF-8 on its own', () => {
		const strict = new TextDecoder('utf-8', { fatal: true });
		for (const line of lines) {
			expect(() => strict.decode(utf8.encode(line))).not.toThrow();
			expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/u);
		}
		// Split the bytes of the file at its CRLFs: each piece still decodes.
		const bytes = utf8.encode(text);
		let from = 0;
		for (let i = 0; i < bytes.length - 1; i++) {
			if (bytes[i] === 13 && bytes[i + 1] === 10) {
				expect(() => strict.decode(bytes.subarray(from, i))).not.toThrow();
				from = i + 2;
			}
		}
	});

	it('unfolds back to the 2,000-character Japanese description, character for character', () => {
		const event = readBack(text).events.find((e) => e.uid === icsUid('long'))!;
		expect(long).toHaveLength(2000);
		expect(event.description).toBe(long);
		expect(event.title).toBe('長い説明の予定 😀 絵文字も');
		expect(readBack(text).events.find((e) => e.uid === icsUid('emoji'))!.title).toBe('x'.repeat(60) + '😀'.repeat(30));
	});

	it('has the required properties: VERSION and PRODID once, UID and DTSTAMP in every VEVENT', () => {
		const unfolded = text.replace(/\r\n[ \t]/gu, '');
		expect(unfolded.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(unfolded.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(unfolded.match(/^VERSION:2\.0$/gmu)).toHaveLength(1);
		expect(unfolded.match(/^PRODID:.+$/gmu)).toHaveLength(1);
		const vevents = unfolded.split('BEGIN:VEVENT\r\n').slice(1);
		expect(vevents).toHaveLength(5);
		for (const vevent of vevents) {
			const body = vevent.slice(0, vevent.indexOf('END:VEVENT'));
			expect(body).toMatch(/^UID:.+@shodo-navi\.invalid$/mu);
			expect(body).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/mu);
			expect(body).toMatch(/^DTSTART[;:]/mu);
			expect(body.match(/^BEGIN:VALARM$/gmu)).toHaveLength(1);
			expect(body).toMatch(/^BEGIN:VALARM\r\nACTION:DISPLAY\r\n(?:.*\r\n)*?DESCRIPTION:.+\r\nEND:VALARM/mu);
		}
	});

	it('ends every all-day event on a later date than it starts', () => {
		const unfolded = text.replace(/\r\n[ \t]/gu, '');
		const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gmu)].map((m) => m[1]!);
		const ends = [...unfolded.matchAll(/^DTEND;VALUE=DATE:(\d{8})$/gmu)].map((m) => m[1]!);
		expect(starts).toHaveLength(4);
		expect(ends).toHaveLength(4);
		starts.forEach((start, i) => expect(ends[i]! > start).toBe(true));
	});

	it('writes timed events in UTC, so no VTIMEZONE is needed', () => {
		expect(text).toContain('DTSTART:20261208T053000Z\r\n');
		expect(text).not.toContain('TZID');
		expect(text).not.toContain('BEGIN:VTIMEZONE');
	});
});

describe('icsUid', () => {
	it('keeps a plain id and adds the fixed suffix', () => {
		expect(icsUid('inc-1/ppc-final')).toBe('inc-1/ppc-final' + UID_SUFFIX);
	});

	it('percent-encodes what could break a property or differ between calendars', () => {
		expect(icsUid('a b,c;d:確')).toBe('a%20b%2Cc%3Bd%3A%E7%A2%BA' + UID_SUFFIX);
	});
});

describe('icsFileName', () => {
	it('adds .ics once and keeps Japanese', () => {
		expect(icsFileName('shodo-navi-dates')).toBe('shodo-navi-dates.ics');
		expect(icsFileName('確報の期限.ics')).toBe('確報の期限.ics');
	});

	it('removes path and reserved characters and never gives an empty name', () => {
		expect(icsFileName('../a/b:c*?"<>|d\n')).toBe('a-b-c-d.ics');
		expect(icsFileName('  ')).toBe('calendar.ics');
		expect(icsFileName('...')).toBe('calendar.ics');
	});
});
