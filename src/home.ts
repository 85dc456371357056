/// <reference types="vite/client" />
// The home page's only script (the page runs no SvelteKit in the browser: src/routes/+page.ts).
// It does what only the browser can: register the service worker and offer a waiting update, say
// when the app works offline, pick the install help, and remind a year after the contacts were
// checked. The markup comes from the page's <template data-home="…"> elements, rendered by the
// same components as on the other pages; the decisions are the shared plain modules.
import { Workbox } from 'workbox-window';
import { watchInstall } from '$lib/pwa/install';
import { startServiceWorker, type Updater } from '$lib/pwa/service-worker';
import { readBuildName, showBuildName } from '$lib/pwa/build-name';
import { readReviewDates } from '$lib/browser/profile-review';
import { reviewDue } from '$lib/profile/usual';

/** A copy of the template's content, and its first element. */
function fromTemplate(name: string): { fragment: DocumentFragment; element: HTMLElement } | undefined {
	const template = document.querySelector<HTMLTemplateElement>(`template[data-home="${name}"]`);
	const fragment = template?.content.cloneNode(true) as DocumentFragment | undefined;
	const element = fragment?.firstElementChild;
	return fragment && element instanceof HTMLElement ? { fragment, element } : undefined;
}

function onAction(root: HTMLElement, action: string, run: () => void): void {
	root.querySelector(`[data-action="${action}"]`)?.addEventListener('click', run);
}

// Install help: the prerendered section shows the default ('menu'); another variant replaces it
// (the same reserved height), and an installed app removes it.
const install = watchInstall((help) => {
	const current = document.querySelector<HTMLElement>('[data-testid="install-help"]');
	if (help === 'none') return current?.remove();
	if (!current || current.dataset.help === help) return;
	const next = fromTemplate(`install-${help}`);
	if (!next) return;
	onAction(next.element, 'install', () => void install.install());
	current.replaceWith(next.fragment);
});

// Review reminder, below the first screen.
readReviewDates()
	.then((dates) => {
		if (!reviewDue(dates, new Date())) return;
		const spot = document.querySelector('template[data-home="review-reminder"]');
		const reminder = fromTemplate('review-reminder');
		if (spot && reminder) spot.before(reminder.fragment);
	})
	.catch(() => {});

// Service worker, update banner and the footer's offline note.
let updater: Updater | undefined;
function showUpdate(): void {
	if (document.querySelector('[data-testid="update-banner"]')) return;
	const banner = fromTemplate('update-banner');
	const header = document.querySelector('.site-header');
	if (!banner || !header) return;
	onAction(banner.element, 'accept', () => updater?.acceptUpdate());
	onAction(banner.element, 'later', () => banner.element.remove());
	header.before(banner.fragment);
}
function showOfflineReady(): void {
	if (document.querySelector('[data-testid="offline-ready"]')) return;
	const note = fromTemplate('offline-ready');
	if (note) document.querySelector('[data-testid="app-version"]')?.before(note.fragment);
}
if (!import.meta.env.DEV) {
	void startServiceWorker(Workbox, { onWaiting: showUpdate, onOfflineReady: showOfflineReady }).then((u) => (updater = u));
}

// The running build's name in the footer (the page is prerendered with the package version only).
void readBuildName().then((name) => name && showBuildName(name));

// For end-to-end tests (and anyone curious): the page's script has run. Not data-hydrated: nothing
// is hydrated here.
document.documentElement.setAttribute('data-enhanced', '');
