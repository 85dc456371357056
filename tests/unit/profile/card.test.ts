import { describe, expect, it } from 'vitest';
import { desks } from '$lib/content/desks';
import { cardCandidates, cardContacts, cardDesks, contactLine } from '$lib/profile/card';
import { PREFECTURES } from '$lib/profile/prefectures';
import { load } from '../../../src/routes/card/+page.server';

describe('the emergency card ships only the desks some profile shows', () => {
	const candidates = cardCandidates(desks);

	it('holds every desk any kind of profile in any prefecture (or none) puts on the card', () => {
		const ids = new Set(candidates.map((d) => d.id));
		const profiles = [undefined, ...(['individual', 'organisation'] as const).flatMap((kind) => [{ kind, prefecture: '' }, ...PREFECTURES.map((p) => ({ kind, prefecture: p.code }))])];
		for (const profile of profiles) {
			for (const desk of cardDesks(desks, profile)) expect(ids, `${desk.id} for ${JSON.stringify(profile)}`).toContain(desk.id);
		}
		// Tokyo's own desks reach a Tokyo profile.
		expect(cardDesks(candidates, { kind: 'organisation', prefecture: 'JP-13' }).some((d) => d.region === 'JP-13')).toBe(true);
	});

	it('leaves out the national desks no card names', () => {
		expect(candidates.length).toBeLessThan(desks.length);
		expect(candidates.some((d) => d.id === 'antiphishing')).toBe(false);
	});

	it('the page load gives each candidate its contacts and hours in words, in both languages', () => {
		const data = load();
		expect(data.desks.map((d) => d.id)).toEqual(candidates.map((d) => d.id));
		for (const [i, desk] of data.desks.entries()) {
			const contacts = cardContacts(candidates[i]!);
			expect(desk.contacts.map((c) => c.line)).toEqual(contacts.map(contactLine));
			for (const c of desk.contacts) {
				expect(c.hours.ja.length).toBeGreaterThan(0);
				expect(c.hours.en.length).toBeGreaterThan(0);
				expect(c.hours.ja.startsWith(c.short.ja)).toBe(true);
			}
		}
		expect(data.rules.length).toBeGreaterThan(0);
	});
});
