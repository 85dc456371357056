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
	yearlyClosure: { from: '12-29', to: '01-03' }
};
const lateNight: Hours = {
	kind: 'weekly',
	sessions: [{ days: [...weekdays], open: '18:00', close: '24:00' }],
	closedOnHolidays: false
};
const roundTheWeek: Hours = {
	kind: 'weekly',
	sessions: [
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }
	],
	closedOnHolidays: false
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
			yearlyClosure: { from: '01-01', to: '12-31' }
		};
		expect(openStatus(never, jst('2026-01-13T10:30:00'))).toEqual({ kind: 'closed', opensAt: null });
	});
});

describe('openStatus for other kinds', () => {
	const now = jst('2026-01-12T03:00:00');
	it.each([
		[{ kind: 'always' }, 'always'],
		[{ kind: 'anytime' }, 'anytime'],
		[{ kind: 'unknown', note: { ja: '未確認', en: 'not confirmed' } }, 'unknown']
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
		audience: 'both',
		region: 'national',
		summary: { ja: 'テスト', en: 'Test' },
		handles: [{ ja: 'テスト', en: 'Test' }],
		doesNotHandle: [],
		contacts: hours.map((h) => ({ kind: 'email', address: 'a@example.jp', hours: h })),
		notes: [],
		sources: [{ title: 'test', url: 'https://example.jp', checked: '2026-11-22' }],
		checked: '2026-11-22'
	};
}

describe('deskStatus', () => {
	const night = jst('2026-01-13T20:00:00');
	const morning = jst('2026-01-13T10:30:00');

	it('prefers a line that is always open', () => {
		expect(deskStatus(deskWith(office, { kind: 'always' }), night)).toEqual({ kind: 'always' });
	});

	it('takes the open contact that stays open longest', () => {
		const status = deskStatus(deskWith(office, lateNight, roundTheWeek), jst('2026-01-13T19:00:00'));
		expect(status.kind).toBe('open');
		const early = deskStatus(deskWith(office, lateNight), jst('2026-01-13T10:30:00'));
		expect(early).toEqual({ kind: 'open', closesAt: jst('2026-01-13T12:00:00') });
	});

	it('shows the earliest next opening when every person is away, even if a form is open', () => {
		const status = deskStatus(deskWith({ kind: 'anytime' }, office, lateNight), jst('2026-01-13T17:30:00'));
		expect(status).toEqual({ kind: 'closed', opensAt: jst('2026-01-13T18:00:00') });
	});

	it('falls back to anytime, then unknown', () => {
		const unknown: Hours = { kind: 'unknown', note: { ja: '未確認', en: 'not confirmed' } };
		expect(deskStatus(deskWith(unknown, { kind: 'anytime' }), morning)).toEqual({ kind: 'anytime' });
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
			hours: { kind: 'always' }
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
		expect(describeHours({ kind: 'unknown', note: { ja: '公式サイトで確認', en: 'See the site' } }, 'en')).toBe(
			'Hours not confirmed. See the site'
		);
	});
});
