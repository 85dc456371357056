import { describe, expect, it } from 'vitest';
import { checkedOverAYearAgo, formatDate } from '$lib/time/age';

const jst = (local: string) => new Date(`${local}+09:00`);

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

describe('formatDate', () => {
	it('writes dates the way each language does', () => {
		expect(formatDate('2026-11-22', 'ja')).toBe('2026年11月22日');
		expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
	});
});
