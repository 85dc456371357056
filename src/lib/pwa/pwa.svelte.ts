import type { Workbox } from 'workbox-window';
import { installHelp, type InstallHelp, type PlatformFacts } from './platform';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The app's life as an installed PWA: service-worker registration, the waiting update, and the
 * install prompt. An update is only applied when the user accepts it, because a reload in the
 * middle of a triage would be a surprise at the worst moment.
 */
export class Pwa {
	updateWaiting = $state(false);
	offlineReady = $state(false);
	#promptEvent = $state<BeforeInstallPromptEvent | undefined>();
	#facts = $state<PlatformFacts>({ userAgent: '', maxTouchPoints: 0, standalone: false });
	#wb: Workbox | undefined;

	get installHelp(): InstallHelp {
		return installHelp(this.#facts, this.#promptEvent !== undefined);
	}

	async start(): Promise<void> {
		this.#watchInstall();
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/service-worker.js');
		this.#wb = wb;
		wb.addEventListener('waiting', () => {
			this.updateWaiting = true;
		});
		wb.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
		});
		await wb.register();
		if (navigator.serviceWorker.controller) this.offlineReady = true;
		const check = () => void wb.update().catch(() => {});
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') check();
		});
		setInterval(check, UPDATE_CHECK_MS);
	}

	/** Switch to the waiting version, then reload once it controls the page. */
	acceptUpdate(): void {
		const wb = this.#wb;
		if (!wb) return;
		wb.addEventListener('controlling', () => window.location.reload());
		wb.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}

	async install(): Promise<void> {
		const event = this.#promptEvent;
		if (!event) return;
		await event.prompt();
		const { outcome } = await event.userChoice;
		this.#promptEvent = undefined;
		// Installed: the help has done its job (appinstalled may follow, or not, depending on the browser).
		if (outcome === 'accepted') this.#facts = { ...this.#facts, standalone: true };
	}

	#watchInstall(): void {
		const standalone = () =>
			window.matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.#facts = {
			userAgent: navigator.userAgent,
			maxTouchPoints: navigator.maxTouchPoints,
			standalone: standalone()
		};
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#promptEvent = event as BeforeInstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => {
			this.#promptEvent = undefined;
			this.#facts = { ...this.#facts, standalone: true };
		});
	}
}

export const pwa = new Pwa();
