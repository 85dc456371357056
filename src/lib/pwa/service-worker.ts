import type { Workbox } from 'workbox-window';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerHooks {
	/** A new version is installed and waits for the user's consent. */
	onWaiting(): void;
	/** The app is cached: it works offline from now on. */
	onOfflineReady(): void;
	/**
	 * Another version took over this page (accepted in another tab): the old version's files are
	 * gone from the cache, so the next navigation must load the new version as a whole document.
	 */
	onReplaced?(): void;
}

export interface Updater {
	/** Switch to the waiting version, then reload once it controls the page. */
	acceptUpdate(): void;
}

/**
 * Registers the service worker and watches for updates: once on visibility, and every hour. Plain
 * TypeScript (no runes), so the SvelteKit pages (through the Pwa class) and the home page's own
 * script (src/home.ts) share it. The Workbox class is passed in: the SvelteKit pages import it
 * after their first paint, the home page with its script.
 */
export async function startServiceWorker(WorkboxClass: typeof Workbox, hooks: ServiceWorkerHooks): Promise<Updater | undefined> {
	if (!('serviceWorker' in navigator)) return undefined;
	const wb = new WorkboxClass('/service-worker.js');
	wb.addEventListener('waiting', () => hooks.onWaiting());
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate) hooks.onOfflineReady();
	});
	const before = navigator.serviceWorker.controller;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (before) hooks.onReplaced?.();
	});
	await wb.register();
	if (navigator.serviceWorker.controller) hooks.onOfflineReady();
	const check = () => void wb.update().catch(() => {});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') check();
	});
	setInterval(check, UPDATE_CHECK_MS);
	return {
		acceptUpdate() {
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		}
	};
}
