import { describe, expect, it } from 'vitest';
import { NO_INCIDENT_YET, UnsentText, legacyUnsentKey, unsentKey } from '$lib/incident/unsent.svelte';
import { CONFLICT_SEPARATOR } from '$lib/incident/merge';
import { memoryUnsent } from '../../fixtures/unsent';

const legacy = (values: Record<string, string>) => ({
	getItem: (key: string) => values[key] ?? null,
	removeItem: (key: string) => void delete values[key]
});

describe('UnsentText', () => {
	it('keeps what is typed by incident and field, and gives it back on load', async () => {
		const store = memoryUnsent();
		const a = new UnsentText('timeline', store);
		await a.load('i1');
		a.input('まだ送っていない');
		await a.flush();
		expect(store.values.get(unsentKey('i1', 'timeline'))).toBe('まだ送っていない');
		const other = new UnsentText('timeline', store);
		await other.load('i2');
		expect(other.text).toBe('');
		const again = new UnsentText('timeline', store);
		await again.load('i1');
		expect(again.text).toBe('まだ送っていない');
	});

	it('writes at most maxWait after the first unsaved keystroke', async () => {
		const store = memoryUnsent();
		const a = new UnsentText('note', store, { delay: 10, maxWait: 30 });
		await a.load('i1');
		a.input('x');
		await new Promise((r) => setTimeout(r, 60));
		expect(store.values.get(unsentKey('i1', 'note'))).toBe('x');
	});

	it('two tabs in one field: both texts kept; sending in one leaves the other\'s', async () => {
		const store = memoryUnsent();
		const a = new UnsentText('timeline', store);
		const b = new UnsentText('timeline', store);
		await a.load('i1');
		await b.load('i1');
		a.input('Aが書いた十二文字の文章');
		await a.flush();
		b.input('Bの文');
		await b.flush();
		expect(store.values.get(unsentKey('i1', 'timeline'))).toBe(`Bの文${CONFLICT_SEPARATOR}Aが書いた十二文字の文章`);
		await b.sent('Bの文');
		expect(b.text).toBe('');
		expect(store.values.get(unsentKey('i1', 'timeline'))).toBe('Aが書いた十二文字の文章');
		await a.sent('Aが書いた十二文字の文章');
		expect(store.values.has(unsentKey('i1', 'timeline'))).toBe(false);
	});

	it('takes over text from the old shared localStorage key once', async () => {
		const store = memoryUnsent();
		const old = { [legacyUnsentKey('quick-note')]: '古い場所のメモ' };
		const a = new UnsentText('quick-note', store);
		await a.load('i1', legacy(old));
		expect(a.text).toBe('古い場所のメモ');
		expect(store.values.get(unsentKey('i1', 'quick-note'))).toBe('古い場所のメモ');
		expect(old).toEqual({});
	});

	it('text kept before any incident existed goes to the first incident that loads the field, once', async () => {
		const store = memoryUnsent();
		const early = new UnsentText('quick-note', store);
		await early.load(NO_INCIDENT_YET);
		early.input('記録より先に書いたメモ');
		await early.flush();
		expect(store.values.get(unsentKey(NO_INCIDENT_YET, 'quick-note'))).toBe('記録より先に書いたメモ');

		// A reload, once the page has made the incident: the text is there, and kept under the incident.
		const again = new UnsentText('quick-note', store);
		await again.load('i1');
		expect(again.text).toBe('記録より先に書いたメモ');
		expect(store.values.get(unsentKey('i1', 'quick-note'))).toBe('記録より先に書いたメモ');
		expect(store.values.has(unsentKey(NO_INCIDENT_YET, 'quick-note'))).toBe(false);
		const other = new UnsentText('quick-note', store);
		await other.load('i2');
		expect(other.text).toBe('');
	});

	it('a field moved from no incident to the one a send made keeps what is left, under that incident', async () => {
		const store = memoryUnsent();
		const a = new UnsentText('quick-note', store);
		await a.load(NO_INCIDENT_YET);
		a.input('送るメモ');
		await a.flush();
		a.input('送るメモ続き');
		await a.sent('送るメモ');
		await a.load('i1');
		expect(a.text).toBe('続き');
		expect(store.values.get(unsentKey('i1', 'quick-note'))).toBe('続き');
		expect(store.values.has(unsentKey(NO_INCIDENT_YET, 'quick-note'))).toBe(false);
	});

	it('a failed write keeps the text on screen', async () => {
		const a = new UnsentText('timeline', {
			read: async () => undefined,
			update: async () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		await a.load('i1');
		a.input('消えない');
		expect(await a.flush()).toBe(false);
		expect(a.text).toBe('消えない');
	});
});
