import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QuickNote } from '$lib/components/quick-note';
import { MemoryStore } from '../../unit/triage/fake-store';

const at = new Date('2026-05-02T01:42:00Z'); // 10:42 in Japan

async function timeline(store: MemoryStore) {
	return (await store.current()).timeline;
}

describe('QuickNote', () => {
	test('one tap opens a labelled field; saving adds a timestamped quick-note and confirms with the Japan time', async () => {
		const store = new MemoryStore();
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		const field = screen.getByLabelText(/メモ/);
		expect(field).toHaveFocus();
		await user.type(field, '画面に英語の脅迫文が出た');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		expect(await screen.findByRole('status')).toHaveTextContent('記録しました 10:42');
		expect(await timeline(store)).toEqual([
			{ id: expect.any(String), at: at.toISOString(), text: '画面に英語の脅迫文が出た', kind: 'quick-note' }
		]);
		expect(screen.getByRole('button', { name: /記録する/ })).toHaveFocus();
	});

	test('markup typed into a note is kept as text', async () => {
		const store = new MemoryStore();
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		await user.type(screen.getByLabelText(/メモ/), '<b>x</b>');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		await screen.findByText('記録しました 10:42');
		expect((await timeline(store))[0]?.text).toBe('<b>x</b>');
	});

	test('when saving fails the text stays and the user is told', async () => {
		const store = new MemoryStore();
		await store.current();
		store.failWrites = true;
		const user = userEvent.setup();
		render(QuickNote, { getStore: async () => store, now: () => at });
		await user.click(screen.getByRole('button', { name: /記録する/ }));
		await user.type(screen.getByLabelText(/メモ/), '10時に気づいた');
		await user.click(screen.getByRole('button', { name: '経過記録に保存' }));
		expect(await screen.findByText(/記録できませんでした/)).toBeInTheDocument();
		expect(screen.getByLabelText(/メモ/)).toHaveValue('10時に気づいた');
	});
});
