import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workbox } from 'workbox-window';
import { startServiceWorker } from '$lib/pwa/service-worker';

/** An event target with a state, as a ServiceWorker is. */
class FakeWorker extends EventTarget {
	constructor(public state: ServiceWorkerState) {
		super();
	}
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeWorkbox extends EventTarget {
	static last: FakeWorkbox;
	skipWaitingSent = false;
	constructor() {
		super();
		FakeWorkbox.last = this;
	}
	async register() {}
	async update() {}
	messageSkipWaiting() {
		this.skipWaitingSent = true;
	}
}

let container: EventTarget & { controller: FakeWorker | null };
const reload = vi.fn();

beforeEach(() => {
	container = Object.assign(new EventTarget(), { controller: new FakeWorker('activated') as FakeWorker | null });
	vi.stubGlobal('navigator', { serviceWorker: container });
	vi.stubGlobal('document', { addEventListener() {}, visibilityState: 'visible' });
	vi.stubGlobal('window', { location: { reload } });
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	reload.mockReset();
});

describe('accepting an update', () => {
	it('reloads only once the new version is activated, not while it still runs its activate event', async () => {
		const updater = await startServiceWorker(FakeWorkbox as unknown as typeof Workbox, { onWaiting() {}, onOfflineReady() {} });
		updater!.acceptUpdate();
		expect(FakeWorkbox.last.skipWaitingSent).toBe(true);
		// clientsClaim() in the activate event: the new worker controls the page while still "activating".
		const next = new FakeWorker('activating');
		container.controller = next;
		FakeWorkbox.last.dispatchEvent(new Event('controlling'));
		expect(reload).not.toHaveBeenCalled();
		next.become('activated');
		expect(reload).toHaveBeenCalledTimes(1);
		next.become('activated');
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('reloads at once when the new version is already activated when it takes control', async () => {
		const updater = await startServiceWorker(FakeWorkbox as unknown as typeof Workbox, { onWaiting() {}, onOfflineReady() {} });
		updater!.acceptUpdate();
		container.controller = new FakeWorker('activated');
		FakeWorkbox.last.dispatchEvent(new Event('controlling'));
		expect(reload).toHaveBeenCalledTimes(1);
	});
});
