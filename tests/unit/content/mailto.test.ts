import { describe, expect, it } from 'vitest';
import { contactHref, isMailAddress, mailtoHref } from '$lib/content/contact';
import { desks } from '$lib/content/desks';
import { mailable } from '$lib/profile/warnings';
import { contactWarnings } from '$lib/profile/warnings';
import { emptyContact } from '$lib/profile/schema';

/** The recipients a mail app would read from a mailto: link (to, cc, bcc; RFC 6068). */
function recipients(href: string): string[] {
	const url = new URL(href);
	const to = decodeURIComponent(url.pathname);
	const out = to ? to.split(',') : [];
	for (const key of ['to', 'cc', 'bcc']) for (const v of url.searchParams.getAll(key)) out.push(...v.split(','));
	return out;
}

const hostile = [
	'you@example.jp?bcc=attacker%40evil.example',
	'you@example.jp?bcc=attacker@evil.example',
	'you@example.jp&bcc=attacker@evil.example',
	'you%40example.jp',
	'you@example.jp,attacker@evil.example',
	'you@example.jp;attacker@evil.example',
	'"you"@example.jp',
	'you@example.jp\nBcc: attacker@evil.example',
	'you@localhost',
	'あなた@例え.jp',
	'you@example.jp?subject=x'
];

describe('mail addresses', () => {
	it.each(['anshin@ipa.go.jp', 'info@otasuke.example.co.jp', 'first.last+tag@sub-domain.example.jp'])('%s is one address', (a) => {
		expect(isMailAddress(a)).toBe(true);
		expect(recipients(mailtoHref(a, '件名'))).toEqual([a]);
	});

	it.each(hostile)('%j is refused by the profile check and never reaches a link', (a) => {
		expect(mailable(a)).toBe(false);
		expect(contactWarnings({ ...emptyContact(), email: a })).toEqual(['email']);
		// Even if one got through, the encoder leaves it out: no Bcc, no second recipient.
		const bcc = recipients(mailtoHref(a, 's', 'b')).length + recipients(contactHref({ kind: 'email', address: a, hours: { kind: 'always' } } as never)).length;
		expect(bcc).toBe(0);
	});

	it('a subject and body that look like parameters stay in the subject and body', () => {
		const href = mailtoHref('you@example.jp', 'x&bcc=attacker@evil.example', 'y?cc=attacker@evil.example');
		expect(recipients(href)).toEqual(['you@example.jp']);
	});

	it('every desk address in the content is one plain address', () => {
		const addresses = desks.flatMap((d) => d.contacts.flatMap((c) => (c.kind === 'email' ? [c.address] : [])));
		expect(addresses.length).toBeGreaterThan(0);
		expect(addresses.filter((a) => !isMailAddress(a))).toEqual([]);
	});
});
