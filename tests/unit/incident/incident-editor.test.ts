import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IncidentEditor, keepUnchanged } from '$lib/incident/incident-editor.svelte';
import { newIncident, type Incident } from '$lib/incident/schema';
import { MemoryDrafts } from '../../fixtures/drafts';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';


let store: ShodoIncidentStore;
let n = 0;
const newId = () => `id-${++n}`;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	store = await openIncidentStore('editor-test', { newId });
});
afterEach(() => {
	store.close();
});

async function stored(id: string) {
	const s = await store.get(id);
	if (!s?.ok) throw new Error('not stored');
	return s.incident;
}

describe('IncidentEditor', () => {
	it('shows typing at once and writes it after the pause', async () => {
		const editor = new IncidentEditor(store, { delay: 80 });
		await editor.load();
		const id = editor.incident!.id;
		editor.setDetail('os', 'Windows 11');
		expect(editor.incident!.details.os).toBe('Windows 11');
		expect(editor.saveState).toBe('pending');
		expect((await stored(id)).details.os).toBe('');
		await vi.waitFor(async () => expect((await stored(id)).details.os).toBe('Windows 11'));
		await vi.waitFor(() => expect(editor.saveState).toBe('saved'));
	});

	it('writes on flush (blur) without waiting', async () => {
		const editor = new IncidentEditor(store, { delay: 60_000 });
		await editor.load();
		editor.setDetail('deviceType', 'スマートフォン');
		await editor.flush();
		expect((await stored(editor.incident!.id)).details.deviceType).toBe('スマートフォン');
	});

	it('keeps a draft from the start of a write until it lands, and a reload picks it up', async () => {
		const drafts = new MemoryDrafts();
		const first = new IncidentEditor(store, { drafts, delay: 60_000 });
		await first.load();
		first.setDetail('whySuspected', '拡張子が変わった');
		// A keystroke only changes the screen: serialising the record on every key made long texts slow.
		expect(drafts.map.size).toBe(0);
		// The page is hidden (or the pause ends): the write starts, with the draft written first, synchronously.
		void first.flush();
		expect([...drafts.map.values()].join()).toContain('拡張子が変わった');
		// The browser dies before the write lands: a new editor (the reloaded page) loads.
		const second = new IncidentEditor(store, { drafts });
		await second.load();
		expect(second.incident!.details.whySuspected).toBe('拡張子が変わった');
		expect((await stored(second.incident!.id)).details.whySuspected).toBe('拡張子が変わった');
		expect(drafts.map.size).toBe(0);
	});

	it('does not overwrite what the triage wrote in between', async () => {
		const editor = new IncidentEditor(store, { delay: 60_000 });
		await editor.load();
		const id = editor.incident!.id;
		editor.setDetail('os', 'Android 15');
		await store.update(id, (i) => ({
			...i,
			timeline: [...i.timeline, { id: 'q', at: new Date().toISOString(), text: 'メモ', kind: 'quick-note' }]
		}));
		await editor.flush();
		const saved = await stored(id);
		expect(saved.details.os).toBe('Android 15');
		expect(saved.timeline.map((e) => e.text)).toEqual(['メモ']);
	});

	it('keeps typed text on screen and in the draft when the disk is full', async () => {
		const drafts = new MemoryDrafts();
		const editor = new IncidentEditor(store, { drafts, delay: 60_000 });
		await editor.load();
		const id = editor.incident!.id;
		const realPut = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			editor.setDetail('os', 'Windows 11');
			await editor.flush();
		} finally {
			IDBObjectStore.prototype.put = realPut;
		}
		expect(editor.saveState).toBe('full');
		expect(editor.incident!.details.os).toBe('Windows 11');
		expect((await stored(id)).details.os).toBe('');
		expect([...drafts.map.values()].join()).toContain('Windows 11');
		await editor.flush();
		expect((await stored(id)).details.os).toBe('Windows 11');
		expect(editor.saveState).toBe('saved');
	});

	it('adds and removes timeline entries and contacts', async () => {
		const editor = new IncidentEditor(store, { newId });
		await editor.load();
		await editor.addTimeline({ at: '2026-03-02T01:42:00.000Z', text: 'LANケーブルを抜いた', kind: 'done' });
		await editor.addContact({ deskId: 'ipa-anshin', at: '2026-03-02T02:00:00.000Z', reference: 'A-1', outcome: '' });
		let saved = await stored(editor.incident!.id);
		expect(saved.timeline).toHaveLength(1);
		expect(saved.contacts[0]).toMatchObject({ deskId: 'ipa-anshin', reference: 'A-1' });
		await editor.removeTimeline(saved.timeline[0]!.id);
		await editor.removeContact(saved.contacts[0]!.id);
		saved = await stored(editor.incident!.id);
		expect(saved.timeline).toEqual([]);
		expect(saved.contacts).toEqual([]);
		expect(editor.incident!.timeline).toEqual([]);
	});
});

describe('keepUnchanged', () => {
	const base = () => {
		const i = newIncident('k', new Date('2026-12-06T00:00:00.000Z'));
		i.timeline = [{ id: 't1', at: '2026-12-06T00:00:00.000Z', text: 'メモ', kind: 'quick-note' }];
		return i;
	};

	it('keeps the parts equal in content as the screen has them, and takes the parts that changed', () => {
		const shown = base();
		// As a write reads the record back: the same content in new objects, one field changed.
		const read: Incident = JSON.parse(JSON.stringify(shown));
		read.updatedAt = '2026-12-06T00:01:00.000Z';
		read.details.whySuspected = '拡張子が変わった';
		const next = keepUnchanged(shown, read);
		expect(next.timeline).toBe(shown.timeline);
		expect(next.contacts).toBe(shown.contacts);
		expect(next.details).toBe(read.details);
		expect(next.updatedAt).toBe('2026-12-06T00:01:00.000Z');
		expect(next).toEqual(read);
	});

	it('takes a changed timeline and another record whole', () => {
		const shown = base();
		const read: Incident = JSON.parse(JSON.stringify(shown));
		read.timeline[0]!.text = 'メモ（直した）';
		expect(keepUnchanged(shown, read).timeline).toBe(read.timeline);
		const other = { ...read, id: 'other' };
		expect(keepUnchanged(shown, other)).toBe(other);
	});
});

describe('IncidentEditor after a write', () => {
	it('keeps the parts of the record on screen that the write did not change', async () => {
		const editor = new IncidentEditor(store, { delay: 60_000 });
		await editor.load();
		await editor.addTimeline({ at: new Date().toISOString(), text: 'メモ', kind: 'quick-note' });
		const timeline = editor.incident!.timeline;
		editor.setDetail('os', 'Windows 11');
		await editor.flush();
		expect(editor.saveState).toBe('saved');
		expect(editor.incident!.details.os).toBe('Windows 11');
		expect(editor.incident!.timeline).toBe(timeline);
	});
});

describe('IncidentEditor.typed', () => {
	it('reads a typed field once, after the key is painted, and writes what it read', async () => {
		const editor = new IncidentEditor(store, { delay: 10 });
		await editor.load();
		const id = editor.incident!.id;
		let reads = 0;
		let value = 'ロ';
		const read = () => {
			reads++;
			return value;
		};
		editor.typed('whatHappened', read);
		value = 'ログ';
		editor.typed('whatHappened', read);
		// Nothing read in the keys' own task: the screen's record changes after the paint.
		expect(reads).toBe(0);
		expect(editor.incident!.details.whatHappened).toBe('');
		await vi.waitFor(() => expect(editor.incident!.details.whatHappened).toBe('ログ'));
		expect(reads).toBe(1);
		await vi.waitFor(async () => expect((await stored(id)).details.whatHappened).toBe('ログ'));
	});

	it('a flush (blur, page hidden) reads what is typed at once and writes it', async () => {
		const editor = new IncidentEditor(store, { delay: 60_000 });
		await editor.load();
		editor.typed('os', () => 'Windows 11');
		await editor.flush();
		expect((await stored(editor.incident!.id)).details.os).toBe('Windows 11');
	});
});

