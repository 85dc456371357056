import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { CONFLICT_MARKER, IncidentEditor, draftKey } from '$lib/incident/incident-editor.svelte';
import { MemoryDrafts } from '../../fixtures/drafts';
import { MAX_FIELD_CHARS } from '$lib/incident/schema';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';


const realPut = IDBObjectStore.prototype.put;
let store: ShodoIncidentStore;
let n = 0;
const newId = () => `id-${++n}`;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	store = await openIncidentStore('editor-reliability', { newId });
});
afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	store.close();
});

async function stored(id: string) {
	const s = await store.get(id);
	if (!s?.ok) throw new Error('not stored');
	return s.incident;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Characters of `typed` missing from `kept` (a prefix check: typing only appends). */
const lost = (typed: string, kept: string) => (kept.startsWith(typed) ? 0 : typed.length - kept.length);

describe('IncidentEditor under faults', () => {
	it('writes through during continuous typing: the pause never restarts forever', async () => {
		const editor = new IncidentEditor(store, { delay: 40, maxWait: 120 });
		await editor.load();
		const id = editor.incident!.id;
		let typed = '';
		// 98 keys, one every 10 ms: the pause of 40 ms never comes until the end.
		for (let i = 0; i < 98; i++) {
			typed += 'あ';
			editor.setDetail('whatHappened', typed);
			await sleep(10);
			if (i === 60) expect((await stored(id)).details.whatHappened.length).toBeGreaterThan(20);
		}
		await vi.waitFor(async () => expect(lost(typed, (await stored(id)).details.whatHappened)).toBe(0));
	});

	it('keeps a field in the draft until its write is confirmed, and what is typed meanwhile from its own write', async () => {
		const drafts = new MemoryDrafts();
		const editor = new IncidentEditor(store, { drafts, delay: 60_000 });
		await editor.load();
		const id = editor.incident!.id;
		editor.setDetail('os', 'Windows 11');
		const writing = editor.flush();
		editor.setDetail('deviceType', 'ノートパソコン');
		// The first write is under way; the browser dies now: the draft holds what it carries.
		expect(JSON.parse(drafts.map.get(draftKey(id))!)).toEqual({ os: 'Windows 11' });
		await writing;
		// Confirmed: out of the draft. The field typed meanwhile goes in when its write starts...
		expect(drafts.map.has(draftKey(id))).toBe(false);
		const next = editor.flush();
		expect(JSON.parse(drafts.map.get(draftKey(id))!)).toEqual({ deviceType: 'ノートパソコン' });
		// ...and leaves once stored.
		await next;
		expect(drafts.map.has(draftKey(id))).toBe(false);
		expect((await store.get(id))?.ok && (await store.get(id))).toMatchObject({ incident: { details: { os: 'Windows 11', deviceType: 'ノートパソコン' } } });
	});

	it('drops a bad draft value field by field, with a notice, and never locks the page', async () => {
		const first = new IncidentEditor(store);
		await first.load();
		const id = first.incident!.id;
		await store.update(id, (i) => ({ ...i, sender: { name: '山田花子', phone: '090-0000-0000' } }));
		const drafts = new MemoryDrafts();
		drafts.setItem(draftKey(id), JSON.stringify({ discoveredAt: 'garbage', os: 'iOS 18', sender: { name: 5, email: 'a@example.jp' } }));
		const editor = new IncidentEditor(store, { drafts });
		await editor.load();
		expect(editor.loadError).toBeUndefined();
		expect(editor.incident!.discoveredAt).toBeUndefined();
		expect(editor.incident!.details.os).toBe('iOS 18');
		expect(editor.notices).toEqual([{ kind: 'draft-dropped', fields: ['discoveredAt', 'sender.name'] }]);
		const saved = await stored(id);
		expect(saved.sender).toEqual({ name: '山田花子', phone: '090-0000-0000', email: 'a@example.jp' });
		expect(saved.details.os).toBe('iOS 18');
	});

	it('says so when the incident it was working on cannot be read', async () => {
		const db = await openDB('editor-reliability');
		await db.put('incidents', { schemaVersion: 1, id: 'broken', details: 3 }, 'broken');
		await db.put('meta', 'broken', 'currentIncidentId');
		db.close();
		const editor = new IncidentEditor(store);
		await editor.load();
		expect(editor.notices).toEqual([{ kind: 'damaged-current', id: 'broken' }]);
		expect((await store.get('broken'))?.ok).toBe(false);
	});

	it('keeps both texts when two tabs write the same field, and says so', async () => {
		const a = new IncidentEditor(store, { delay: 60_000 });
		const b = new IncidentEditor(store, { delay: 60_000 });
		await a.load();
		await b.load();
		const id = a.incident!.id;
		b.setDetail('whatHappened', 'Bで書いた長い説明文。');
		await b.flush();
		a.setDetail('whatHappened', 'Aで書いた文。');
		await a.flush();
		const text = (await stored(id)).details.whatHappened;
		expect(text).toContain('Bで書いた長い説明文。');
		expect(text).toContain('Aで書いた文。');
		expect(text).toContain(CONFLICT_MARKER);
		expect(a.notices).toEqual([{ kind: 'conflict', fields: ['whatHappened'] }]);
		// The tab goes on showing its own text; the other's is held, for the person to choose.
		expect(a.incident!.details.whatHappened).toBe('Aで書いた文。');
		expect(a.held.whatHappened).toBe('Bで書いた長い説明文。');
	});

	it('a stale tab typing in another field keeps the other tab’s text', async () => {
		const a = new IncidentEditor(store, { delay: 60_000 });
		const b = new IncidentEditor(store, { delay: 60_000 });
		await a.load();
		await b.load();
		b.setDetail('whatHappened', 'Bで書いた長い説明文。');
		await b.flush();
		a.setDetail('os', 'Android 15');
		await a.flush();
		const saved = await stored(a.incident!.id);
		expect(saved.details).toMatchObject({ whatHappened: 'Bで書いた長い説明文。', os: 'Android 15' });
		expect(a.incident!.details.whatHappened).toBe('Bで書いた長い説明文。');
	});

	it('refuses a field over the limit with its length, and goes on saving the others', async () => {
		const editor = new IncidentEditor(store, { delay: 60_000 });
		await editor.load();
		const id = editor.incident!.id;
		const huge = 'x'.repeat(1_400_000);
		editor.setDetail('whatHappened', huge);
		expect(editor.tooLong).toEqual({ whatHappened: 1_400_000 });
		expect(editor.incident!.details.whatHappened).toBe(huge);
		editor.setDetail('os', 'Windows 11');
		await editor.flush();
		expect(editor.saveState).toBe('saved');
		editor.setDetail('deviceType', 'スマートフォン');
		await editor.flush();
		const saved = await stored(id);
		expect(saved.details).toMatchObject({ whatHappened: '', os: 'Windows 11', deviceType: 'スマートフォン' });
		// Shortened to the limit: saved, and the message goes.
		editor.setDetail('whatHappened', 'y'.repeat(MAX_FIELD_CHARS));
		await editor.flush();
		expect(editor.tooLong).toEqual({});
		expect((await stored(id)).details.whatHappened).toHaveLength(MAX_FIELD_CHARS);
	});

	it('reports a failed timeline or contact save as failed, storing nothing', async () => {
		const editor = new IncidentEditor(store);
		await editor.load();
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const text = 'あ'.repeat(30_000);
		expect(await editor.addTimeline({ at: new Date().toISOString(), text, kind: 'done' })).toBe(false);
		expect(await editor.addContact({ deskId: 'ipa-anshin', at: new Date().toISOString(), reference: text, outcome: '' })).toBe(false);
		expect(editor.saveState).toBe('full');
		IDBObjectStore.prototype.put = realPut;
		expect(await editor.addTimeline({ at: new Date().toISOString(), text, kind: 'done' })).toBe(true);
		expect((await stored(editor.incident!.id)).timeline.map((e) => e.text)).toEqual([text]);
	});

	it('keeps every timeline entry added from two tabs at the same moment', async () => {
		const a = new IncidentEditor(store);
		const b = new IncidentEditor(store);
		await a.load();
		await b.load();
		const at = new Date().toISOString();
		const results = await Promise.all(
			Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).addTimeline({ at, text: `entry ${i}`, kind: 'done' }))
		);
		expect(results.every(Boolean)).toBe(true);
		const texts = (await stored(a.incident!.id)).timeline.map((e) => e.text).sort();
		expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => `entry ${i}`).sort());
		await b.refresh();
		expect(b.incident!.timeline).toHaveLength(10);
	});

	it('keeps working on the incident the tab opened when another tab switches the current one', async () => {
		let tabId: string | undefined;
		const tab = { get: () => tabId, set: (id: string) => (tabId = id) };
		const editor = new IncidentEditor(store, { tab });
		await editor.load();
		const mine = editor.incident!.id;
		await store.setCurrent(null);
		const other = await store.current();
		expect(other.id).not.toBe(mine);
		const reopened = new IncidentEditor(store, { tab });
		await reopened.load();
		expect(reopened.incident!.id).toBe(mine);
	});

	it('after a failed write of several fields, writes each alone, so one bad field never blocks the rest', async () => {
		// A store that refuses any record whose OS field reads 'poison'.
		const picky = new Proxy(store, {
			get(target, key) {
				if (key === 'update') {
					return (id: string, change: Parameters<ShodoIncidentStore['update']>[1]) =>
						target.update(id, (i) => {
							const next = change(i);
							if (next.details.os === 'poison') throw new Error('refused');
							return next;
						});
				}
				const value = Reflect.get(target, key) as unknown;
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		const editor = new IncidentEditor(picky, { delay: 60_000 });
		await editor.load();
		const id = editor.incident!.id;
		editor.setDetail('os', 'poison');
		editor.setDetail('deviceType', 'ノートパソコン');
		await editor.flush();
		expect(editor.saveState).toBe('failed');
		expect((await stored(id)).details.deviceType).toBe('');
		editor.setDetail('cloudServices', 'Google ドライブ');
		await editor.flush();
		const saved = await stored(id);
		expect(saved.details).toMatchObject({ deviceType: 'ノートパソコン', cloudServices: 'Google ドライブ', os: '' });
		expect(editor.incident!.details.os).toBe('poison');
	});

	it('a refresh from another tab that lands mid-write never puts older text back on screen', async () => {
		// A's writes wait at a gate, so the refresh surely lands while one is under way.
		let open: () => void = () => {};
		const gate = new Promise<void>((resolve) => (open = resolve));
		const slow = new Proxy(store, {
			get(target, key) {
				if (key === 'update') {
					return async (id: string, change: Parameters<ShodoIncidentStore['update']>[1]) => {
						await gate;
						return target.update(id, change);
					};
				}
				const value = Reflect.get(target, key) as unknown;
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		const a = new IncidentEditor(slow, { delay: 60_000 });
		const b = new IncidentEditor(store, { delay: 60_000 });
		await a.load();
		await b.load();
		a.setDetail('os', 'Windows 11');
		const writing = a.flush();
		// B's write and A's refresh happen while A's write is under way.
		b.setDetail('deviceType', 'ノートパソコン');
		await b.flush();
		const refreshing = a.refresh();
		expect(a.incident!.details.os).toBe('Windows 11');
		await refreshing;
		expect(a.incident!.details.os).toBe('Windows 11');
		open();
		await writing;
		await a.refresh();
		expect(a.incident!.details).toMatchObject({ os: 'Windows 11', deviceType: 'ノートパソコン' });
	});
});
