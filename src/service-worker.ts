/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

// Everything the app is, cached at install: after one visit the app needs no network at all.
// Pages are served from this cache first, so a version only changes when the user accepts it.
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `shodo-navi-${version}`;
// The manifest's screenshots are only for the browser's install dialog, which fetches them online.
const PRECACHE = [...build, ...files.filter((f) => !f.startsWith('/screenshots/')), ...prerendered];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			// Without this the very first visit is not controlled until a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

function cacheKey(url: URL): string | undefined {
	if (PRECACHED.has(url.pathname)) return url.pathname;
	const trimmed = url.pathname.replace(/\/+$/, '') || '/';
	if (PRECACHED.has(trimmed)) return trimmed;
	return undefined;
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const key = cacheKey(url);
	if (key) {
		event.respondWith(
			caches
				.open(CACHE)
				.then((cache) => cache.match(key))
				.then((hit) => hit ?? fetch(request))
		);
		return;
	}
	if (request.mode === 'navigate') {
		// An unknown address offline: show the home page rather than the browser's error.
		event.respondWith(
			fetch(request).catch(async () => (await caches.match('/', { cacheName: CACHE })) ?? Response.error())
		);
	}
});
