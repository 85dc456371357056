import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deskIds } from '$lib/content/desk-ids';
import { validateDesks } from '$lib/content/validate';

const good = JSON.parse(readFileSync('content/desks/ipa-anshin.json', 'utf8'));
const copy = () => structuredClone(good);

describe('validateDesks', () => {
	it('accepts a good file and returns the desk', () => {
		const desks = validateDesks({ '/content/desks/ipa-anshin.json': copy() });
		expect(desks.map((d) => d.id)).toEqual(['ipa-anshin']);
	});

	it('names the file and the field path of a bad phone number', () => {
		const bad = copy();
		bad.contacts[0].number = '03 5978 7509';
		expect(() => validateDesks({ '/content/desks/ipa-anshin.json': bad })).toThrow(
			'content/desks/ipa-anshin.json: contacts.0.number: must be a Japanese number'
		);
	});

	it('names a missing translation, a bad time and a session that ends before it opens', () => {
		const bad = copy();
		delete bad.summary.en;
		bad.contacts[0].hours.sessions[0].open = '9:00';
		bad.contacts[0].hours.sessions[1].close = '13:00';
		let message = '';
		try {
			validateDesks({ '/content/desks/ipa-anshin.json': bad });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('content/desks/ipa-anshin.json: summary.en:');
		expect(message).toContain('content/desks/ipa-anshin.json: contacts.0.hours.sessions.0.open: must be HH:MM');
		expect(message).toContain('content/desks/ipa-anshin.json: contacts.0.hours.sessions.1.close: open must be before close');
	});

	it('rejects a source without a seed or URL, and a seed without its section', () => {
		const bad = copy();
		bad.sources[0] = { title: 'x', checked: '2026-11-22' };
		bad.sources[1].section = undefined;
		let message = '';
		try {
			validateDesks({ '/content/desks/ipa-anshin.json': bad });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('ipa-anshin.json: sources.0: a source needs a seed file or a URL');
		expect(message).toContain('ipa-anshin.json: sources.1.section: a seed source needs its section');
	});

	it('rejects an http link', () => {
		const bad = copy();
		bad.contacts[2].url = 'http://www.ipa.go.jp/security/anshin/';
		expect(() => validateDesks({ '/content/desks/ipa-anshin.json': bad })).toThrow(
			'ipa-anshin.json: contacts.2.url: must be an https URL'
		);
	});

	it('requires the file name to equal the id', () => {
		expect(() => validateDesks({ '/content/desks/ipa-ansin.json': copy() })).toThrow(
			'content/desks/ipa-ansin.json: id: "ipa-anshin" must equal the file name "ipa-ansin"'
		);
	});

	it('rejects an id that cannot be a file name in a link', () => {
		const bad = copy();
		bad.id = 'IPA Anshin';
		expect(() => validateDesks({ '/content/desks/IPA Anshin.json': bad })).toThrow(
			'content/desks/IPA Anshin.json: id: must be lower-case letters, digits and hyphens'
		);
	});

	it('rejects the same id twice', () => {
		expect(() =>
			validateDesks({
				'/content/desks/ipa-anshin.json': copy(),
				'/content/desks/sub/ipa-anshin.json': copy()
			})
		).toThrow('is already used by');
	});

	it('with complete, names every desk id that has no file', () => {
		expect(() => validateDesks({ '/content/desks/ipa-anshin.json': copy() }, { complete: true, ids: deskIds })).toThrow(
			'content/desks/police-110.json: (file): missing'
		);
	});
});
