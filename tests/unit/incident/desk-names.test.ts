import { describe, expect, it } from 'vitest';
import { deskEmail, deskEmailUnconfirmed } from '$lib/incident/desk-names';

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
