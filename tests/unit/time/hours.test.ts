import { describe, expect, it } from 'vitest';
import type { Desk, Hours } from '$lib/content/schema';
import { describeHours, describeStatus, deskStatus, openStatus } from '$lib/time/hours';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** Shaped like the IPA 安心相談窓口 phone line. */
const office: Hours = {
	kind: 'weekly',
	sessions: [
		{ days: [...weekdays], open: '10:00', close: '12:00' },
		{ days: [...weekdays], open: '13:30', close: '17:00' }
	],
	closedOnHolidays: true,
	yearlyClosure: { from: '12-29', to: '01-03' },
	certainty: 'confirmed'
};
const lateNight: Hours = {
	kind: 'weekly',
	sessions: [{ days: [...weekdays], open: '18:00', close: '24:00' }],
	closedOnHolidays: false,
	certainty: 'confirmed'
};
const roundTheWeek: Hours = {
	kind: 'weekly',
	sessions: [
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }
	],
	closedOnHolidays: false,
	certainty: 'confirmed'
};

/** An instant given as Japan wall-clock time, whatever the test machine's zone is. */
const jst = (local: string) => new Date(`${local}+09:00`);
const iso = (d: Date | null | undefined) => d?.toISOString();

describe('openStatus for weekly sessions', () => {
	it.each([
		['2026-01-13T09:59:59', 'closed', '2026-01-13T10:00'],
		['2026-01-13T10:00:00', 'open', '2026-01-13T12:00'],
		['2026-01-13T11:59:59', 'open', '2026-01-13T12:00'],
		['2026-01-13T12:00:00', 'closed', '2026-01-13T13:30'],
		['2026-01-13T12:45:00', 'closed', '2026-01-13T13:30'],
		['2026-01-13T13:30:00', 'open', '2026-01-13T17:00'],
		['2026-01-13T16:59:59', 'open', '2026-01-13T17:00'],
		['2026-01-13T17:00:00', 'closed', '2026-01-14T10:00'],
		// Friday evening -> Monday
		['2026-01-16T17:30:00', 'closed', '2026-01-19T10:00'],
		['2026-01-17T11:00:00', 'closed', '2026-01-19T10:00'],
		// Friday before 成人の日 (Mon 2026-01-12) -> Tuesday
		['2026-01-09T18:00:00', 'closed', '2026-01-13T10:00'],
		['2026-01-12T11:00:00', 'closed', '2026-01-13T10:00'],
		// Golden Week 2026: 4/29 Wed holiday, 5/3-5/6 holidays (5/6 振替休日)
		['2026-04-28T17:00:00', 'closed', '2026-04-30T10:00'],
		['2026-05-01T17:00:00', 'closed', '2026-05-07T10:00'],
		// Year-end closure 12-29..01-03, wrapping the new year
		['2026-12-28T17:00:00', 'closed', '2027-01-04T10:00'],
		['2026-12-29T11:00:00', 'closed', '2027-01-04T10:00'],
		['2025-12-26T17:00:00', 'closed', '2026-01-05T10:00'],
		['2027-01-04T10:30:00', 'open', '2027-01-04T12:00']
	] as const)('at %s (Japan) it is %s, next change %s', (at, kind, change) => {
		const status = openStatus(office, jst(at));
		expect(status.kind).toBe(kind);
		const when = status.kind === 'open' ? status.closesAt : status.kind === 'closed' ? status.opensAt : null;
		expect(iso(when)).toBe(iso(jst(`${change}:00`)));
	});

	it('closes at 24:00, that is the next midnight', () => {
		const status = openStatus(lateNight, jst('2026-01-13T23:59:59'));
		expect(status).toEqual({ kind: 'open', closesAt: jst('2026-01-14T00:00:00') });
		expect(openStatus(lateNight, jst('2026-01-14T00:00:00')).kind).toBe('closed');
	});

	it('opens on holidays when the desk does not close for them', () => {
		expect(openStatus(lateNight, jst('2026-01-12T19:00:00')).kind).toBe('open');
	});

	it('joins sessions that meet into one stretch', () => {
		const status = openStatus(roundTheWeek, jst('2026-01-13T23:00:00'));
		expect(status.kind).toBe('open');
	});

	it('gives no next opening when no day within the search qualifies', () => {
		const never: Hours = {
			kind: 'weekly',
			sessions: [{ days: ['mon'], open: '10:00', close: '11:00' }],
			closedOnHolidays: false,
			yearlyClosure: { from: '01-01', to: '12-31' },
			certainty: 'confirmed'
		};
		expect(openStatus(never, jst('2026-01-13T10:30:00'))).toEqual({ kind: 'closed', opensAt: null });
	});
});

describe('openStatus for other kinds', () => {
	const now = jst('2026-01-12T03:00:00');
	it.each([
		[{ kind: 'always', certainty: 'confirmed' }, 'always'],
		[{ kind: 'anytime', certainty: 'confirmed' }, 'anytime'],
		[{ kind: 'unknown', note: { ja: '未確認', en: 'not confirmed' }, certainty: 'unconfirmed' }, 'unknown']
	] as const)('%o is %s', (hours, kind) => {
		expect(openStatus(hours as Hours, now)).toEqual({ kind });
	});
});

function deskWith(...hours: Hours[]): Desk {
	return {
		id: 'ipa-anshin',
		name: { ja: 'テスト', en: 'Test' },
		organisation: { ja: 'テスト', en: 'Test' },
		category: 'ipa',
		kind: 'advice',
		audience: 'both',
		region: 'national',
		summary: { ja: 'テスト', en: 'Test' },
		handles: [{ ja: 'テスト', en: 'Test' }],
		doesNotHandle: [],
		contacts: hours.map((h) => ({ kind: 'email', address: 'a@example.jp', hours: h, certainty: 'confirmed' })),
		notes: [],
		sources: [{ title: 'test', url: 'https://example.jp', checked: '2026-11-22' }],
		checked: '2026-11-22'
	};
}

describe('deskStatus', () => {
	const night = jst('2026-01-13T20:00:00');
	const morning = jst('2026-01-13T10:30:00');

	it('prefers a line that is always open', () => {
		expect(deskStatus(deskWith(office, { kind: 'always', certainty: 'confirmed' }), night)).toEqual({ kind: 'always' });
	});

	it('takes the open contact that stays open longest', () => {
		const status = deskStatus(deskWith(office, lateNight, roundTheWeek), jst('2026-01-13T19:00:00'));
		expect(status.kind).toBe('open');
		const early = deskStatus(deskWith(office, lateNight), jst('2026-01-13T10:30:00'));
		expect(early).toEqual({ kind: 'open', closesAt: jst('2026-01-13T12:00:00') });
	});

	it('shows the earliest next opening when every person is away, even if a form is open', () => {
		const status = deskStatus(deskWith({ kind: 'anytime', certainty: 'confirmed' }, office, lateNight), jst('2026-01-13T17:30:00'));
		expect(status).toEqual({ kind: 'closed', opensAt: jst('2026-01-13T18:00:00') });
	});

	it('falls back to anytime, then unknown', () => {
		const unknown: Hours = { kind: 'unknown', note: { ja: '未確認', en: 'not confirmed' }, certainty: 'unconfirmed' };
		expect(deskStatus(deskWith(unknown, { kind: 'anytime', certainty: 'confirmed' }), morning)).toEqual({ kind: 'anytime' });
		expect(deskStatus(deskWith(unknown), morning)).toEqual({ kind: 'unknown' });
		expect(deskStatus(deskWith(), morning)).toEqual({ kind: 'unknown' });
	});

	it('ignores information pages when a desk has real contacts', () => {
		const desk = deskWith(office);
		desk.contacts.push({
			kind: 'web',
			purpose: 'page',
			url: 'https://example.jp',
			label: { ja: '案内', en: 'Guide' },
			hours: { kind: 'always', certainty: 'confirmed' },
			certainty: 'confirmed'
		});
		expect(deskStatus(desk, night).kind).toBe('closed');
	});
});

describe('describeStatus', () => {
	it.each([
		['2026-01-13T10:30:00', '受付中（12:00 まで）', 'Open now (until 12:00)'],
		['2026-01-13T12:10:00', '受付時間外（次は 今日 13:30 から）', 'Closed (opens today at 13:30)'],
		['2026-01-13T17:00:00', '受付時間外（次は 明日 10:00 から）', 'Closed (opens tomorrow at 10:00)'],
		['2026-01-16T17:30:00', '受付時間外（次は 月曜 10:00 から）', 'Closed (opens Monday at 10:00)'],
		['2026-12-28T17:00:00', '受付時間外（次は 1月4日（月） 10:00 から）', 'Closed (opens Mon 4 Jan at 10:00)']
	])('at %s (Japan)', (at, ja, en) => {
		const now = jst(at);
		const status = openStatus(office, now);
		expect(describeStatus(status, now, 'ja')).toBe(ja);
		expect(describeStatus(status, now, 'en')).toBe(en);
	});

	it('says 24:00 for a stretch that ends at midnight', () => {
		const now = jst('2026-01-13T19:00:00');
		expect(describeStatus(openStatus(lateNight, now), now, 'ja')).toBe('受付中（24:00 まで）');
	});

	it('words the kinds that do not depend on the time', () => {
		const now = jst('2026-01-13T19:00:00');
		expect(describeStatus({ kind: 'always' }, now, 'ja')).toBe('24時間受付');
		expect(describeStatus({ kind: 'anytime' }, now, 'ja')).toBe('いつでも送信できます');
		expect(describeStatus({ kind: 'unknown' }, now, 'en')).toBe('Hours not confirmed');
		expect(describeStatus({ kind: 'closed', opensAt: null }, now, 'en')).toBe('Closed');
	});
});

describe('describeHours', () => {
	it('puts weekly sessions and closures in words', () => {
		expect(describeHours(office, 'ja')).toBe(
			'月〜金 10:00〜12:00、13:30〜17:00（祝日、12月29日〜1月3日は休み）'
		);
		expect(describeHours(office, 'en')).toBe(
			'Mon–Fri 10:00–12:00 and 13:30–17:00 (closed on national holidays and 29 Dec to 3 Jan)'
		);
	});

	it('keeps the note of unconfirmed hours', () => {
		expect(describeHours({ kind: 'unknown', note: { ja: '公式サイトで確認', en: 'See the site' }, certainty: 'unconfirmed' }, 'en')).toBe(
			'Hours not confirmed. See the site'
		);
	});
});

/** Shaped like the IPA 安心相談窓口 phone line as its source words it: 「土日祝日・年末年始を除く」, no dates. */
const newYearUnknown: Hours = {
	kind: 'weekly',
	sessions: [
		{ days: [...weekdays], open: '10:00', close: '12:00' },
		{ days: [...weekdays], open: '13:30', close: '17:00' }
	],
	closedOnHolidays: true,
	likelyClosure: { from: '12-29', to: '01-03', note: { ja: '資料の表記は「年末年始除く」', en: 'the source says "except the New Year break"' } },
	certainty: 'quoted'
};

describe('a likely closure (年末年始 without dates)', () => {
	// The same instants written with three device offsets: Tokyo (+09:00), Los Angeles in winter
	// (-08:00) and Kiritimati (+14:00). The result depends only on the instant, never on the device.
	const inZones = (japan: string) => {
		const instant = jst(japan);
		const shift = (hours: number) => {
			const local = new Date(instant.getTime() + hours * 3600_000).toISOString().slice(0, 19);
			const sign = hours < 0 ? '-' : '+';
			return new Date(`${local}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`);
		};
		return [instant, shift(-8), shift(14)];
	};

	it('writes the instants the same way in every zone', () => {
		for (const at of inZones('2026-12-29T11:00:00')) expect(at.getTime()).toBe(jst('2026-12-29T11:00:00').getTime());
	});

	it.each([
		// Tue 29 Dec to Thu 31 Dec 2026: weekdays inside the window, at office time and at night
		'2026-12-29T11:00:00',
		'2026-12-30T14:00:00',
		'2026-12-31T09:00:00',
		'2026-12-31T23:59:59',
		// Fri 2 Jan 2026, and Thu 2 / Fri 3 Jan 2025: weekdays after New Year's Day
		'2026-01-02T10:30:00',
		'2025-01-02T10:30:00',
		'2025-01-03T16:59:59'
	])('at %s (Japan) it may be closed, never open', (at) => {
		for (const now of inZones(at)) {
			expect(openStatus(newYearUnknown, now)).toEqual({ kind: 'likely-closed' });
			expect(describeStatus(openStatus(newYearUnknown, now), now, 'ja')).toBe(
				'年末年始のため休みの可能性（公式サイトで確認）'
			);
			expect(describeStatus(openStatus(newYearUnknown, now), now, 'en')).toBe(
				'Possibly closed for the New Year break (check the official site)'
			);
		}
	});

	it.each([
		// Mon 28 Dec 2026, last day before the window: open, then closed until after it
		['2026-12-28T16:00:00', { kind: 'open', closesAt: jst('2026-12-28T17:00:00') }],
		[
			'2026-12-28T17:00:00',
			{ kind: 'closed', opensAt: jst('2027-01-04T10:00:00'), afterLikelyClosure: true }
		],
		// New Year's Day 2027 (a holiday, Fri) and Sat 2 Jan are closed for sure; no working day of
		// the window is left, so Mon 4 Jan is a plain next opening
		['2027-01-01T11:00:00', { kind: 'closed', opensAt: jst('2027-01-04T10:00:00') }],
		['2027-01-02T11:00:00', { kind: 'closed', opensAt: jst('2027-01-04T10:00:00') }],
		// New Year's Day 2026 (Thu): Fri 2 Jan is a working day of the window, skipped
		['2026-01-01T11:00:00', { kind: 'closed', opensAt: jst('2026-01-05T10:00:00'), afterLikelyClosure: true }],
		// Sun 3 Jan 2027 at night: the window has no more working days ahead
		['2027-01-03T22:00:00', { kind: 'closed', opensAt: jst('2027-01-04T10:00:00') }],
		['2027-01-04T10:00:00', { kind: 'open', closesAt: jst('2027-01-04T12:00:00') }],
		// Mon 11 Jan 2027 is 成人の日, a national holiday: closed, opens Tuesday
		['2027-01-11T11:00:00', { kind: 'closed', opensAt: jst('2027-01-12T10:00:00') }],
		// Mon 12 Jan 2026 (成人の日) too
		['2026-01-12T11:00:00', { kind: 'closed', opensAt: jst('2026-01-13T10:00:00') }]
	] as const)('at %s (Japan) the status is %o', (at, expected) => {
		for (const now of inZones(at)) expect(openStatus(newYearUnknown, now)).toEqual(expected);
	});

	it('says the next opening may come only after the break', () => {
		const now = jst('2026-12-28T17:00:00');
		const status = openStatus(newYearUnknown, now);
		expect(describeStatus(status, now, 'ja')).toBe('受付時間外（年末年始は休みの可能性。次は 1月4日（月） 10:00 から）');
		expect(describeStatus(status, now, 'en')).toBe(
			'Closed (possibly closed for the New Year break; opens Mon 4 Jan at 10:00)'
		);
	});

	it('lets a desk badge say "possibly closed" over an email that is always accepted', () => {
		const desk = deskWith(newYearUnknown, { kind: 'anytime', certainty: 'confirmed' });
		expect(deskStatus(desk, jst('2026-12-30T11:00:00'))).toEqual({ kind: 'likely-closed' });
		expect(deskStatus(deskWith(newYearUnknown, office), jst('2026-12-30T11:00:00'))).toEqual({
			kind: 'likely-closed'
		});
	});

	it('says on the desk page that the window is an assumption', () => {
		expect(describeHours(newYearUnknown, 'ja')).toBe(
			'月〜金 10:00〜12:00、13:30〜17:00（祝日は休み）。年末年始も休みです。期間は示されていないため、官公庁と同じ12月29日〜1月3日を休みの可能性がある期間としています（資料の表記は「年末年始除く」）'
		);
		expect(describeHours(newYearUnknown, 'en')).toContain(
			'No dates are given, so we assume 29 Dec to 3 Jan, as at government offices'
		);
	});
});
