import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPEN_BLOCKED_MS, goOnInMemory, openWithin, readMeta } from '$lib/storage';

afterEach(() => {
	vi.useRealTimers();
	globalThis.indexedDB = new IDBFactory();
});

describe('opening with time limits', () => {
	it('an open blocked by an old connection rejects with StorageTimeoutError once blocked for the limit', async () => {
		globalThis.indexedDB = new IDBFactory();
		// An old tab holding the first layout open and never letting go.
		await new Promise<IDBDatabase>((resolve) => {
			const r = indexedDB.open('blocked', 1);
			r.onsuccess = () => resolve(r.result);
		});
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const opening = openWithin('blocked');
		const settled = vi.fn();
		opening.catch(settled);
		// The hang limit's timer, then the blocked one once the old connection is asked to close.
		while (vi.getTimerCount() < 2) await new Promise((resolve) => setImmediate(resolve));
		await vi.advanceTimersByTimeAsync(OPEN_BLOCKED_MS - 1);
		expect(settled).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		await expect(opening).rejects.toMatchObject({ name: 'StorageTimeoutError', why: 'blocked' });
	});

	it('once the tab works in memory, the meta store answers at once without opening', async () => {
		const open = vi.fn(() => {
			throw new Error('opened');
		});
		globalThis.indexedDB = { open } as unknown as IDBFactory;
		goOnInMemory();
		await expect(readMeta('profile')).resolves.toBeUndefined();
		expect(open).not.toHaveBeenCalled();
	});
});
