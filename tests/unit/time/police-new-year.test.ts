import { describe, expect, it } from 'vitest';
import { getDesk } from '$lib/content/desks';
import { describeStatus, deskStatus } from '$lib/time/hours';

/*
 * The real police desks (content/desks/police-9110.json, police-tokyo-cyber.json) over the New Year
 * break. npm test runs this folder under TZ=UTC, America/Los_Angeles, Asia/Tokyo and
 * Pacific/Kiritimati; the instants are also written with the offsets of a device in UTC−8 and UTC+14.
 */
const instants = (japan: string) => {
	const at = new Date(`${japan}+09:00`);
	const written = (hours: number) => {
		const local = new Date(at.getTime() + hours * 3600_000).toISOString().slice(0, 19);
		return new Date(`${local}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`);
	};
	return { 'UTC+9 (Japan)': at, 'UTC−8': written(-8), 'UTC+14': written(14) };
};

describe('police desks on Wed 30 Dec 2026, a weekday inside 12/29–1/3', () => {
	it.each(['police-9110', 'police-tokyo-cyber'])('%s: 「年末年始のため休みの可能性」 from every device zone', (id) => {
		const desk = getDesk(id);
		for (const [zone, now] of Object.entries(instants('2026-12-30T11:00:00'))) {
			expect(now.getTime(), zone).toBe(new Date('2026-12-30T02:00:00Z').getTime());
			expect(deskStatus(desk, now), `${id} ${zone}`).toEqual({ kind: 'likely-closed' });
			expect(describeStatus(deskStatus(desk, now), now, 'ja')).toBe('年末年始のため休みの可能性（公式サイトで確認）');
			expect(describeStatus(deskStatus(desk, now), now, 'en')).toBe('Possibly closed for the New Year break (check the official site)');
		}
	});

	it.each(['police-9110', 'police-tokyo-cyber'])('%s: open as usual on Mon 28 Dec and again on Mon 4 Jan 2027', (id) => {
		const desk = getDesk(id);
		for (const day of ['2026-12-28T11:00:00', '2027-01-04T11:00:00']) {
			for (const now of Object.values(instants(day))) expect(deskStatus(desk, now).kind, `${id} ${day}`).toBe('open');
		}
	});
});
