import { beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QuickNote } from '$lib/components/quick-note';
import { MemoryIncidentStore } from '$lib/storage';
import { MAX_FIELD_CHARS, newIncident } from '$lib/incident/schema';
import { memoryUnsent } from '../../fixtures/unsent';

const at = new Date('2026-05-02T01:42:00Z'); // 10:42 in Japan

async function timeline(store: MemoryIncidentStore) {
	return (await store.current()).timeline;
}

describe('QuickNote', () => {
	// Unsent text is kept in localStorage: each test starts with none.
	beforeEach(() => {
		localStorage.clear();
		sessionStorage.clear();
	});

	test('showing the note creates no incident and reads none', async () => {
		const store = new MemoryIncidentStore();
		const get = vi.spyOn(store, 'get');
		const current = vi.spyOn(store, 'current');
		const unsent = memoryUnsent();
		const read = vi.spyOn(unsent, 'read');
		const { unmount } = render(QuickNote, { getStore: async () => store, getUnsent: async () => unsent, now: () => at });
		// The kept text has been looked for: the note has done all it does on a page's start.
		await waitFor(() => expect(read).toHaveBeenCalled());
		unmount();
		expect(await store.currentId()).toBeUndefined();
		expect(await store.list()).toEqual([]);
		expect(get).not.toHaveBeenCalled();
		expect(current).not.toHaveBeenCalled();
	});

	test('a note typed before any incident exists comes back after a reload, and is saved to the incident the tab works on', async () => {
		const store = new MemoryIncidentStore();
		const unsent = memoryUnsent();
		const user = userEvent.setup();
		const first = render(QuickNote, { getStore: async () => store, getUnsent: async () => unsent, now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		await user.type(screen.getByLabelText(/メモ/), '画面の写真を撮った');
		await waitFor(() => expect([...unsent.values.values()]).toContain('画面の写真を撮った'));
		first.unmount();
		expect(await store.list()).toEqual([]);

		// Meanwhile the page made the tab's incident (the triage does, on its first answer).
		const incident = await store.put(newIncident('tab-incident', at));
		const other = await store.put(newIncident('current-incident', at));
		await store.setCurrent(other.id);
		sessionStorage.setItem('shodo-navi:tab-incident', incident.id);
		render(QuickNote, { getStore: async () => store, getUnsent: async () => unsent, now: () => at });
		const field = await screen.findByLabelText(/メモ/);
		expect(field).toHaveValue('画面の写真を撮った');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		await screen.findByText('記録しました 10:42');
		const saved = await store.get(incident.id);
		expect(saved?.ok && saved.incident.timeline.map((e) => e.text)).toEqual(['画面の写真を撮った']);
		const untouched = await store.get(other.id);
		expect(untouched?.ok && untouched.incident.timeline).toEqual([]);
		await waitFor(() => expect(unsent.values.size).toBe(0));
	});

	test('one tap opens a labelled field; saving adds a timestamped quick-note and confirms with the Japan time', async () => {
		const store = new MemoryIncidentStore();
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, getUnsent: async () => memoryUnsent(), now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		const field = screen.getByLabelText(/メモ/);
		expect(field).toHaveFocus();
		await user.type(field, '画面に英語の脅迫文が出た');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		// The status line is always there; the editor loads on the first save, so its words come later.
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('記録しました 10:42'));
		expect(await timeline(store)).toEqual([
			{ id: expect.any(String), at: at.toISOString(), text: '画面に英語の脅迫文が出た', kind: 'quick-note' }
		]);
		expect(screen.getByRole('button', { name: /記録する/ })).toHaveFocus();
	});

	test('markup typed into a note is kept as text', async () => {
		const store = new MemoryIncidentStore();
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, getUnsent: async () => memoryUnsent(), now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		await user.type(screen.getByLabelText(/メモ/), '<b>x</b>');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		await screen.findByText('記録しました 10:42');
		expect((await timeline(store))[0]?.text).toBe('<b>x</b>');
	});

	test('when saving fails the text stays and the user is told', async () => {
		const store = new MemoryIncidentStore();
		await store.current();
		vi.spyOn(store, 'update').mockRejectedValue(new Error('disk full'));
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, getUnsent: async () => memoryUnsent(), now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		await user.type(screen.getByLabelText(/メモ/), '10時に気づいた');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		expect(await screen.findByText(/記録できませんでした/)).toBeInTheDocument();
		expect(screen.getByLabelText(/メモ/)).toHaveValue('10時に気づいた');
	});

	test('a note longer than a field may hold is refused like any timeline entry, and stays in the field', async () => {
		const store = new MemoryIncidentStore();
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, getUnsent: async () => memoryUnsent(), now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		const long = 'あ'.repeat(MAX_FIELD_CHARS + 1);
		const field = screen.getByLabelText(/メモ/);
		await user.click(field);
		await user.paste(long);
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		expect(await screen.findByText(/記録できませんでした/)).toBeInTheDocument();
		expect((screen.getByLabelText(/メモ/) as HTMLTextAreaElement).value.length).toBe(long.length);
		expect(await timeline(store)).toEqual([]);
	});
});
