import { installHelp, type InstallHelp, type PlatformFacts } from './platform';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallWatch {
	/** Show the browser's install dialog; resolves once the user has answered. */
	install(): Promise<void>;
}

/**
 * Follows what the browser says about installing the app (beforeinstallprompt, appinstalled,
 * display-mode) and reports which install help to show after each change, starting now. Plain
 * TypeScript, shared by the Pwa class and the home page's own script (src/home.ts).
 */
export function watchInstall(onChange: (help: InstallHelp) => void): InstallWatch {
	let promptEvent: BeforeInstallPromptEvent | undefined;
	let facts: PlatformFacts = {
		userAgent: navigator.userAgent,
		maxTouchPoints: navigator.maxTouchPoints,
		standalone:
			window.matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true
	};
	const report = () => onChange(installHelp(facts, promptEvent !== undefined));
	const installed = () => {
		promptEvent = undefined;
		facts = { ...facts, standalone: true };
		report();
	};
	window.addEventListener('beforeinstallprompt', (event) => {
		event.preventDefault();
		promptEvent = event as BeforeInstallPromptEvent;
		report();
	});
	window.addEventListener('appinstalled', installed);
	report();
	return {
		async install() {
			const event = promptEvent;
			if (!event) return;
			await event.prompt();
			const { outcome } = await event.userChoice;
			promptEvent = undefined;
			// Installed: the help has done its job (appinstalled may follow, or not, depending on the browser).
			if (outcome === 'accepted') installed();
			else report();
		}
	};
}
