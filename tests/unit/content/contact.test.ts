import { describe, expect, it } from 'vitest';
import { contactHref } from '$lib/content/contact';
import type { Contact } from '$lib/content/schema';

const always = { kind: 'always' } as const;

describe('contactHref', () => {
	it.each([
		[{ kind: 'phone', number: '03-5978-7509', hours: always }, 'tel:03-5978-7509'],
		[{ kind: 'phone', number: '110', hours: always }, 'tel:110'],
		[{ kind: 'phone', number: '#9110', hours: always }, 'tel:%239110'],
		[{ kind: 'email', address: 'anshin@ipa.go.jp', hours: always }, 'mailto:anshin@ipa.go.jp'],
		[
			{ kind: 'web', purpose: 'form', url: 'https://www.jpcert.or.jp/form/', label: { ja: 'f', en: 'f' }, hours: always },
			'https://www.jpcert.or.jp/form/'
		]
	] as [Contact, string][])('%o links to %s', (contact, href) => {
		expect(contactHref(contact)).toBe(href);
	});
});
