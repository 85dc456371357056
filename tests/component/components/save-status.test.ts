import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { SaveStatus } from '$lib/components/save-status';
import type { SaveState } from '$lib/incident/incident-editor.svelte';

const line = () => screen.getByTestId('save-status');

describe('SaveStatus', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('keeps its words while quick typing runs pending → saving → saved, and gives the state at once in data-state', async () => {
		const { rerender } = render(SaveStatus, { state: 'saved' });
		expect(line()).toHaveTextContent('この端末に保存しました');
		for (let key = 0; key < 5; key++) {
			for (const state of ['pending', 'saving', 'saved'] as SaveState[]) {
				await rerender({ state });
				expect(line().getAttribute('data-state')).toBe(state);
				await vi.advanceTimersByTimeAsync(30);
				expect(line()).toHaveTextContent('この端末に保存しました');
			}
		}
	});

	it('says a save is under way once it has taken a moment, and saved once it has held', async () => {
		const { rerender } = render(SaveStatus, { state: 'idle' });
		expect(line()).toHaveTextContent('');
		await rerender({ state: 'saving' });
		await vi.advanceTimersByTimeAsync(300);
		expect(line()).toHaveTextContent('');
		await vi.advanceTimersByTimeAsync(200);
		expect(line()).toHaveTextContent('保存しています…');
		await rerender({ state: 'saved' });
		expect(line()).toHaveTextContent('保存しています…');
		await vi.advanceTimersByTimeAsync(500);
		expect(line()).toHaveTextContent('この端末に保存しました');
	});

	it('shows a failure at once', async () => {
		const { rerender } = render(SaveStatus, { state: 'saved' });
		await rerender({ state: 'full' });
		flushSync();
		expect(screen.getByRole('alert')).toHaveTextContent('空き容量');
		expect(line()).toHaveTextContent('');
	});
});
