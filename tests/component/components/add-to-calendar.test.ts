import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AddToCalendar from '$lib/components/add-to-calendar/add-to-calendar.svelte';
import type { CalendarEvent } from '$lib/calendar/ics';
import { readIcs } from '../../fixtures/ics';

const now = () => new Date('2026-12-06T03:00:00Z');
const dates: CalendarEvent[] = [
	{ uid: 'inc-1/ppc-preliminary', title: '速報の期限', description: '個人情報保護委員会へ', date: '2026-12-10' },
	{ uid: 'inc-1/ppc-final', title: '確報の期限', date: '2027-01-05' }
];

/** What the browser was handed: the Blob behind the link and the link's file name. */
let downloads: { blob: Blob; name: string }[];
beforeEach(() => {
	downloads = [];
	const blobs = new Map<string, Blob>();
	URL.createObjectURL = vi.fn((blob: Blob) => {
		const url = `blob:test/${blobs.size}`;
		blobs.set(url, blob);
		return url;
	});
	URL.revokeObjectURL = vi.fn();
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
		downloads.push({ blob: blobs.get(this.href)!, name: this.download });
	});
});
afterEach(() => vi.restoreAllMocks());

async function eventsIn(blob: Blob) {
	return readIcs(await blob.text()).events.map((e) => ({ uid: e.uid, title: e.title, date: e.start, alarms: e.alarms.length }));
}

describe('AddToCalendar', () => {
	it('downloads one .ics with every date, made when tapped', async () => {
		render(AddToCalendar, { props: { events: dates, fileName: 'shodo-navi-dates', now } });
		const button = screen.getByRole('button', { name: 'すべての日付をカレンダーに追加' });
		expect(screen.getByRole('status')).toHaveTextContent('');
		await userEvent.click(button);
		await vi.waitFor(() => expect(downloads).toHaveLength(1));
		expect(downloads[0]!.name).toBe('shodo-navi-dates.ics');
		expect(downloads[0]!.blob.type).toBe('text/calendar;charset=utf-8');
		const events = await eventsIn(downloads[0]!.blob);
		expect(events.map((e) => [e.title, e.date, e.alarms])).toEqual([
			['速報の期限', '2026-12-10', 1],
			['確報の期限', '2027-01-05', 1]
		]);
		expect(events[0]!.uid).toMatch(/^inc-1\/ppc-preliminary@/u);
		expect(screen.getByRole('status')).toHaveTextContent('ファイルを作りました');
		expect(button).toBeEnabled();
		expect(button).toHaveFocus();
	});

	it('makes one file for a double tap', async () => {
		render(AddToCalendar, { props: { events: dates, fileName: 'x', now } });
		const button = screen.getByRole('button');
		button.click();
		button.click();
		await vi.waitFor(() => expect(downloads).toHaveLength(1));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(downloads).toHaveLength(1);
	});

	it('names the one date it adds, keeping the visible words in the name', async () => {
		render(AddToCalendar, { props: { events: [dates[1]!], fileName: '確報の期限', now } });
		const button = screen.getByRole('button', { name: 'カレンダーに追加：確報の期限' });
		expect(button).toHaveTextContent('カレンダーに追加');
		expect(button).toHaveAccessibleDescription(/インターネットには何も送りません/u);
		await userEvent.click(button);
		await vi.waitFor(() => expect(downloads).toHaveLength(1));
		expect(downloads[0]!.name).toBe('確報の期限.ics');
		expect((await eventsIn(downloads[0]!.blob)).map((e) => e.date)).toEqual(['2027-01-05']);
	});

	it('says so, and downloads nothing, when the file cannot be made', async () => {
		render(AddToCalendar, { props: { events: [{ uid: 'bad', title: 'x', date: '2026-02-30' }], fileName: 'x', now } });
		await userEvent.click(screen.getByRole('button'));
		expect(await screen.findByRole('alert')).toHaveTextContent('カレンダーのファイルを作れませんでした');
		expect(downloads).toEqual([]);
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('shows nothing when there is no date to add', () => {
		render(AddToCalendar, { props: { events: [], fileName: 'x', now } });
		expect(screen.queryByRole('button')).toBeNull();
	});
});
