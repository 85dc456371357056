import { describe, expect, it, vi } from 'vitest';
import { IncidentEditor, draftKey } from '$lib/incident/incident-editor.svelte';
import { MemoryDrafts } from '../../fixtures/drafts';
import type { PageLifecycle } from '$lib/browser/page-hide';
import { MemoryIncidentStore } from '$lib/storage';
import type { Incident } from '$lib/incident/schema';
import { startFromUsual } from '$lib/profile/usual';


const usual = { deviceType: 'ノートPC', os: 'Windows 11 23H2', securitySoftware: 'Defender', cloudServices: 'Microsoft 365' };

function setup() {
	let t = Date.parse('2026-05-01T00:00:00Z');
	let n = 0;
	// A clock that moves, as a real one does: every write leaves updatedAt after createdAt.
	const store = new MemoryIncidentStore({ now: () => new Date((t += 1000)), newId: () => `id-${++n}` });
	return { store, drafts: new MemoryDrafts() };
}

function fakeLifecycle() {
	const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as string });
	const win = new EventTarget();
	const lifecycle: PageLifecycle = { window: win, document: doc };
	return { lifecycle, doc, win };
}

const prefill = () => Promise.resolve(startFromUsual<Incident>(usual));

async function stored(store: MemoryIncidentStore, id: string): Promise<Incident> {
	const s = await store.get(id);
	if (!s?.ok) throw new Error('not stored');
	return s.incident;
}

describe('IncidentEditor.open', () => {
	it('loads the incident and starts a new one with the usual devices and services (details 1–4)', async () => {
		const { store, drafts } = setup();
		const editor = await IncidentEditor.open(store, { drafts, prefill, lifecycle: null });
		expect(editor.loadError).toBeUndefined();
		expect(editor.incident?.details).toMatchObject(usual);
		expect(editor.incident?.details.whatHappened).toBe('');
		expect((await stored(store, editor.incident!.id)).details).toMatchObject(usual);
		editor.stop();
	});

	it('never prefills an incident already touched, and never replaces a typed item', async () => {
		const { store, drafts } = setup();
		const first = await IncidentEditor.open(store, { drafts, lifecycle: null });
		first.setDetail('os', 'macOS 15');
		await first.flush();
		first.stop();
		const again = await IncidentEditor.open(store, { drafts, prefill, lifecycle: null });
		expect(again.incident?.details.os).toBe('macOS 15');
		expect(again.incident?.details.deviceType).toBe('');
		again.stop();
	});

	it('keeps a draft left by a killed tab over the profile', async () => {
		const { store, drafts } = setup();
		const incident = await store.current();
		drafts.setItem(draftKey(incident.id), JSON.stringify({ deviceType: 'スマートフォン' }));
		const editor = await IncidentEditor.open(store, { drafts, prefill, lifecycle: null });
		expect(editor.incident?.details.deviceType).toBe('スマートフォン');
		expect((await stored(store, incident.id)).details.deviceType).toBe('スマートフォン');
		editor.stop();
	});

	it('opens without the profile when it cannot be read, and with nothing to prefill writes nothing', async () => {
		const { store, drafts } = setup();
		const broken = await IncidentEditor.open(store, { drafts, prefill: () => Promise.reject(new Error('no db')), lifecycle: null });
		expect(broken.loadError).toBeUndefined();
		expect(broken.incident?.details.deviceType).toBe('');
		const before = await stored(store, broken.incident!.id);
		broken.stop();
		const none = await IncidentEditor.open(store, { drafts, prefill: () => Promise.resolve(undefined), lifecycle: null });
		expect(await stored(store, none.incident!.id)).toEqual(before);
		expect(none.saveState).toBe('idle');
		none.stop();
	});

	it('writes what is pending when the page is hidden or left, and stops listening on stop()', async () => {
		const { store, drafts } = setup();
		const { lifecycle, doc, win } = fakeLifecycle();
		const editor = await IncidentEditor.open(store, { drafts, lifecycle, delay: 60_000, maxWait: 60_000 });
		const id = editor.incident!.id;

		editor.setDetail('whatHappened', '画面に身代金の要求');
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		await vi.waitFor(async () => expect((await stored(store, id)).details.whatHappened).toBe('画面に身代金の要求'));

		editor.setDetail('whySuspected', 'ファイルが開けない');
		win.dispatchEvent(new Event('pagehide'));
		await vi.waitFor(async () => expect((await stored(store, id)).details.whySuspected).toBe('ファイルが開けない'));

		const flush = vi.spyOn(editor, 'flush');
		editor.stop();
		win.dispatchEvent(new Event('pagehide'));
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(flush).not.toHaveBeenCalled();
	});

	it('writes what is still pending on stop()', async () => {
		const { store, drafts } = setup();
		const editor = await IncidentEditor.open(store, { drafts, lifecycle: null, delay: 60_000, maxWait: 60_000 });
		editor.setDetail('desksConsulted', 'IPA');
		editor.stop();
		await vi.waitFor(async () => expect((await stored(store, editor.incident!.id)).details.desksConsulted).toBe('IPA'));
	});
});

describe('startFromUsual (the prefill rule)', () => {
	const base = {
		id: 'a',
		createdAt: '2026-05-01T00:00:00.000Z',
		updatedAt: '2026-05-01T00:00:00.000Z',
		timeline: [] as unknown[],
		details: { deviceType: '', os: 'iOS 18', securitySoftware: '  ', cloudServices: '' }
	};

	it('fills only the empty items of an untouched incident', () => {
		expect(startFromUsual(usual)(base).details).toEqual({ deviceType: 'ノートPC', os: 'iOS 18', securitySoftware: 'Defender', cloudServices: 'Microsoft 365' });
	});

	it('leaves a saved, triaged or noted incident as it is', () => {
		for (const touched of [
			{ ...base, updatedAt: '2026-05-01T00:00:01.000Z' },
			{ ...base, triage: {} },
			{ ...base, timeline: [{}] }
		]) {
			expect(startFromUsual(usual)(touched)).toBe(touched);
		}
	});
});
