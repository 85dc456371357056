// A server load: it runs while prerendering, so the card's desks reach the browser inside the page
// with their hours already in words, not as scripts with every desk, the hours rules and the
// holiday table in them.
import { desks } from '$lib/content/desks';
import { firstAid } from '$lib/content/first-aid';
import type { Localized } from '$lib/content/schema';
import { cardCandidates, cardContacts, contactLine } from '$lib/profile/card';
import { describeHours } from '$lib/time/hours';

const both = (f: (locale: 'ja' | 'en') => string): Localized => ({ ja: f('ja'), en: f('en') });

export function load() {
	return {
		rules: firstAid.rules.map((r) => ({ id: r.id, title: r.title })),
		desks: cardCandidates(desks).map((d) => ({
			id: d.id,
			name: d.name,
			region: d.region,
			audience: d.audience,
			contacts: cardContacts(d).map((c) => ({
				line: contactLine(c),
				hours: both((locale) => describeHours(c.hours, locale)),
				// On the wallet card, the hours' first sentence (days and times); the card says where the rest is.
				short: both((locale) => describeHours(c.hours, locale).split(locale === 'ja' ? '。' : '. ')[0] ?? '')
			}))
		}))
	};
}
