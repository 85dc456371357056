import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFLICT_MARKER, IncidentEditor } from '$lib/incident/incident-editor.svelte';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';

let store: ShodoIncidentStore;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	let n = 0;
	store = await openIncidentStore('editor-conflict', { newId: () => `id-${++n}` });
});
afterEach(() => store.close());

async function whatHappened(id: string) {
	const s = await store.get(id);
	if (!s?.ok) throw new Error('not stored');
	return s.incident.details.whatHappened;
}

const markers = (text: string) => text.split(CONFLICT_MARKER).length - 1;

/** Two tabs on one incident that never hear each other (each writes over what it last read). */
async function twoStaleTabs() {
	const a = new IncidentEditor(store, { delay: 60_000 });
	const b = new IncidentEditor(store, { delay: 60_000 });
	await a.load();
	await b.load();
	return { a, b, id: a.incident!.id };
}

describe('IncidentEditor.chooseConflict', () => {
	it('two stale tabs writing in turn: one marker, one notice each, each screen its own text', async () => {
		const { a, b, id } = await twoStaleTabs();
		for (let i = 1; i <= 10; i++) {
			a.setDetail('whatHappened', 'a'.repeat(i));
			await a.flush();
			b.setDetail('whatHappened', 'b'.repeat(i));
			await b.flush();
		}
		const text = await whatHappened(id);
		expect(markers(text)).toBe(1);
		expect(text).toBe(`${'b'.repeat(10)}\n\n${CONFLICT_MARKER}\n${'a'.repeat(10)}`);
		expect(a.notices.filter((n) => n.kind === 'conflict')).toHaveLength(1);
		expect(b.notices.filter((n) => n.kind === 'conflict')).toHaveLength(1);
		expect(a.incident!.details.whatHappened).toBe('a'.repeat(10));
		expect(b.incident!.details.whatHappened).toBe('b'.repeat(10));
	});

	for (const [keep, want] of [
		['mine', 'Aの文'],
		['theirs', 'Bの文'],
		['both', 'Aの文\n\nBの文']
	] as const) {
		it(`keeps ${keep}: the field holds that text alone, and the notice goes`, async () => {
			const { a, b, id } = await twoStaleTabs();
			b.setDetail('whatHappened', 'Bの文');
			await b.flush();
			a.setDetail('whatHappened', 'Aの文');
			await a.flush();
			expect(a.held.whatHappened).toBe('Bの文');
			a.chooseConflict('whatHappened', keep);
			await a.flush();
			expect(await whatHappened(id)).toBe(want);
			expect(a.incident!.details.whatHappened).toBe(want);
			expect(a.held).toEqual({});
			expect(a.notices.filter((n) => n.kind === 'conflict')).toEqual([]);
		});
	}
});
