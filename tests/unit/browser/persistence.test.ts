import { describe, expect, it } from 'vitest';
import { askPersistence, persistence } from '$lib/browser/persistence';

describe('persistent storage', () => {
	it('reads what the browser says without asking', async () => {
		expect(await persistence({ persisted: async () => true })).toBe('granted');
		expect(await persistence({ persisted: async () => false })).toBe('unknown');
	});

	it('asks, and tells granted from refused', async () => {
		expect(await askPersistence({ persist: async () => true })).toBe('granted');
		expect(await askPersistence({ persist: async () => false })).toBe('denied');
	});

	it('a browser without it, or one that throws, is unsupported rather than an error', async () => {
		expect(await persistence(undefined)).toBe('unsupported');
		expect(await persistence({})).toBe('unsupported');
		expect(await askPersistence({})).toBe('unsupported');
		expect(await persistence({ persisted: () => Promise.reject(new Error('no')) })).toBe('unsupported');
		expect(await askPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe('unsupported');
	});
});
