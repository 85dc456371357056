import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { StatusBadge } from '$lib/components/status-badge';
import { getDesk } from '$lib/content/desks';
import type { Hours } from '$lib/content/schema';

const anshinPhone = getDesk('ipa-anshin').contacts[0]!.hours as Hours;
const jst = (local: string) => new Date(`${local}+09:00`);

describe('StatusBadge', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('words one contact’s hours at a fixed time', () => {
		const { container } = render(StatusBadge, { hours: anshinPhone, now: jst('2026-01-13T10:30:00') });
		expect(container.textContent).toContain('受付中（12:00 まで）');
		expect(container.querySelector('[data-status]')?.getAttribute('data-status')).toBe('open');
	});

	it('words a whole desk: Friday evening points to Monday', () => {
		render(StatusBadge, { desk: getDesk('ipa-anshin'), now: jst('2026-01-16T18:00:00') });
		expect(screen.getByText('受付時間外（次は 月曜 10:00 から）')).toBeInTheDocument();
	});

	it('shows 110 as open day and night', () => {
		render(StatusBadge, { desk: getDesk('police-110'), now: jst('2026-01-01T03:00:00') });
		expect(screen.getByText('24時間受付')).toBeInTheDocument();
	});

	it('keeps itself current from the shared clock while mounted', () => {
		vi.setSystemTime(jst('2026-01-13T11:59:50'));
		const { container, unmount } = render(StatusBadge, { hours: anshinPhone });
		expect(container.textContent).toContain('受付中（12:00 まで）');
		vi.advanceTimersByTime(30_000);
		flushSync();
		expect(container.textContent).toContain('受付時間外（次は 今日 13:30 から）');
		unmount();
	});

	it('is plain text with a hidden label, not a live region', () => {
		const { container } = render(StatusBadge, { hours: anshinPhone, now: jst('2026-01-13T10:30:00') });
		expect(container.querySelector('[aria-live]')).toBeNull();
		expect(container.querySelector('[role="status"]')).toBeNull();
		expect(container.querySelector('.visually-hidden')?.textContent).toBe('受付状況：');
	});
});
