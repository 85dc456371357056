import type { InstallHelp } from './platform';
import type { InstallWatch } from './install';
import type { Updater } from './service-worker';

/**
 * The app's life as an installed PWA on the SvelteKit pages: service-worker registration, the
 * waiting update, and the install prompt, as state the components follow. An update is only
 * applied when the user accepts it, because a reload in the middle of a triage would be a surprise
 * at the worst moment. (The home page runs the same plain modules from its own script, src/home.ts.)
 */
export class Pwa {
	updateWaiting = $state(false);
	offlineReady = $state(false);
	/** The running build's name, once read (the pages are prerendered with the package version only). */
	build = $state<string | undefined>();
	/** 'menu' until the browser is asked: the same default as the prerendered page. */
	installHelp = $state<InstallHelp>('menu');
	/** A newer version controls this page since it loaded: the next navigation loads a whole document. */
	replaced = false;
	#install: InstallWatch | undefined;
	#updater: Updater | undefined;

	/** Run once the page is on screen: what it imports is not part of any page's first load. */
	async start(): Promise<void> {
		const [{ watchInstall }, { readBuildName }] = await Promise.all([import('./install'), import('./build-name')]);
		void readBuildName().then((name) => (this.build = name));
		this.#install = watchInstall((help) => (this.installHelp = help));
		if (!('serviceWorker' in navigator)) return;
		const [{ Workbox }, { startServiceWorker }] = await Promise.all([import('workbox-window'), import('./service-worker')]);
		this.#updater = await startServiceWorker(Workbox, {
			onWaiting: () => (this.updateWaiting = true),
			onOfflineReady: () => (this.offlineReady = true),
			onReplaced: () => (this.replaced = true)
		});
	}

	acceptUpdate(): void {
		this.#updater?.acceptUpdate();
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}

	async install(): Promise<void> {
		await this.#install?.install();
	}
}

export const pwa = new Pwa();
