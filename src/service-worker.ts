/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { receiveShare, SHARE_TARGET_PATH } from '$lib/pwa/share-inbox';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// Everything the app is, with a revision per file, written in at build time (scripts/precache.mjs;
// the screenshots are left out: only the browser's install dialog fetches them, online). A new
// version fetches only the files whose revision changed, into the same cache beside the old
// entries, and nothing replaces them until it is activated: an install cut off half-way leaves the
// running version whole, and the next attempt fetches only what is still missing.
precacheAndRoute(self.__WB_MANIFEST, {
	// The app reads no query string from the server (/share-target?text=… is read by the page), and
	// /about/ is /about.
	ignoreURLParametersMatching: [/.*/],
	urlManipulation: ({ url }) => {
		const trimmed = url.pathname.replace(/\/+$/, '');
		return trimmed && trimmed !== url.pathname ? [new URL(trimmed, url)] : [];
	}
});
cleanupOutdatedCaches();

// The version changes only when the user accepts it (the update banner sends SKIP_WAITING through
// workbox-window): a reload in the middle of a triage would come at the worst moment.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	// The hand-written worker before Workbox kept one cache per version, named shodo-navi-<version>.
	event.waitUntil(
		caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith('shodo-navi-')).map((key) => caches.delete(key))))
	);
});
// Without this the very first visit is not controlled until a reload.
clientsClaim();

// Files shared from another app (the manifest's share_target, POST multipart/form-data): kept on
// the device, then the page asks before adding them (src/routes/share-target).
registerRoute(
	({ url, request }) => url.origin === self.location.origin && url.pathname === SHARE_TARGET_PATH && request.method === 'POST',
	({ request }) => receiveShare(request),
	'POST'
);

// An unknown address offline: the home page rather than the browser's error.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
	async ({ request }) => {
		try {
			return await fetch(request);
		} catch {
			return (await matchPrecache('/')) ?? Response.error();
		}
	}
);
