import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deskEmail, deskEmailUnconfirmed, deskName } from '$lib/incident/desk-names';
import { ownDeskId } from '$lib/content/own-contact-names';

describe('the address a summary is mailed to', () => {
	it('is the desk\'s address for questions', () => {
		expect(deskEmail('ipa-anshin')).toBe('anshin@ipa.go.jp');
		expect(deskEmail('ipa-organisation')).toBe('cs-support@ipa.go.jp');
		expect(deskEmailUnconfirmed('ipa-anshin')).toBe(false);
	});

	it('is flagged when we could not confirm it, as J-CRAT\'s', () => {
		expect(deskEmail('ipa-jcrat')).toBe('tokusou@ipa.go.jp');
		expect(deskEmailUnconfirmed('ipa-jcrat')).toBe(true);
	});

	it('is never an address that only takes forwarded phishing or spam', () => {
		expect(deskEmail('antiphishing')).toBeUndefined();
		expect(deskEmail('spam-mail-center')).toBeUndefined();
		expect(deskEmail('police-110')).toBeUndefined();
	});
});

describe('a desk\'s name, one way for every kind of desk', () => {
	const ownContacts = JSON.parse(readFileSync('content/profile/own-contacts.json', 'utf8')) as { roles: Record<string, { name: { ja: string; en: string } }> };
	const desksFile = (id: string) => JSON.parse(readFileSync(`content/desks/${id}.json`, 'utf8')) as { name: { ja: string; en: string } };

	it('is the content\'s name for a content desk', () => {
		expect(deskName('ipa-anshin', 'ja')).toBe(desksFile('ipa-anshin').name.ja);
		expect(deskName('ipa-anshin', 'en')).toBe(desksFile('ipa-anshin').name.en);
	});

	it('is the contact\'s name from content/profile/own-contacts.json for each of the profile\'s contacts', () => {
		for (const [role, wording] of Object.entries(ownContacts.roles)) {
			const id = ownDeskId(role as keyof typeof ownContacts.roles & Parameters<typeof ownDeskId>[0]);
			expect(deskName(id, 'ja')).toBe(wording.name.ja);
			expect(deskName(id, 'en')).toBe(wording.name.en);
		}
	});

	it('falls back to the id for a saved desk the content no longer has', () => {
		expect(deskName('a-desk-long-gone', 'ja')).toBe('a-desk-long-gone');
		expect(deskName('own-nobody', 'en')).toBe('own-nobody');
	});
});
