import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from '$lib/time/clock.svelte';

describe('Clock', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-01-13T01:00:00Z'));
	});
	afterEach(() => vi.useRealTimers());

	it('has no time until started, so nothing from build time is shown as live', () => {
		const clock = new Clock(1000);
		expect(clock.now).toBeNull();
		const stop = clock.start();
		expect(clock.now?.toISOString()).toBe('2026-01-13T01:00:00.000Z');
		stop();
	});

	it('ticks while running and stops when every start is released', () => {
		const clock = new Clock(1000);
		const stopA = clock.start();
		const stopB = clock.start();
		vi.advanceTimersByTime(3000);
		expect(clock.now?.toISOString()).toBe('2026-01-13T01:00:03.000Z');
		stopA();
		stopA();
		expect(clock.running).toBe(true);
		vi.advanceTimersByTime(1000);
		expect(clock.now?.toISOString()).toBe('2026-01-13T01:00:04.000Z');
		stopB();
		expect(clock.running).toBe(false);
		vi.advanceTimersByTime(5000);
		expect(clock.now?.toISOString()).toBe('2026-01-13T01:00:04.000Z');
	});

	it('catches up when the page becomes visible again', () => {
		const clock = new Clock(60_000);
		const stop = clock.start();
		vi.setSystemTime(new Date('2026-01-13T05:00:00Z'));
		document.dispatchEvent(new Event('visibilitychange'));
		expect(clock.now?.toISOString()).toBe('2026-01-13T05:00:00.000Z');
		stop();
	});
});
