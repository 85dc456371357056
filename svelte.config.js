import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { withPrecacheManifest } from './scripts/precache.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The prerender worker loads this file again: the version name must be decided once, in the
// environment it inherits, or a build crossing a minute boundary gets pages and scripts of two
// different versions and nothing hydrates.
process.env.SHODO_BUILD ??= `${pkg.version}+${new Date().toISOString().slice(0, 16)}`;

/**
 * The one style attribute the app has: SvelteKit's route announcer (a visually hidden live region
 * its root component adds after hydration, through a template, so a policy without
 * 'unsafe-inline' blocks it). Its fixed value is read from the installed SvelteKit and allowed by
 * hash with 'unsafe-hashes', which admits that one attribute value and nothing else.
 */
function announcerStyleHash() {
	const root = readFileSync(new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url), 'utf8');
	const style = root.match(/id="svelte-announcer"[^>]*\sstyle="([^"]+)"/)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit\'s route announcer changed; check its style attribute for the CSP');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

const out = process.env.SHODO_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SHODO_OUT lets the update test build a second version beside the first.
		// Then the service worker's precache manifest (scripts/precache.mjs).
		adapter: withPrecacheManifest(
			adapter({
				strict: true,
				pages: out,
				assets: out,
				// .br and .gz beside each text file, served by sirv in scripts/serve.mjs.
				precompress: true
			}),
			out
		),
		prerender: {
			// The language switch on every page links to the other locale, so crawling from both
			// roots reaches every page in both languages.
			entries: ['*', '/en'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// SvelteKit hashes this name into every page: the package version, so that a new build is not a
		// new copy of every page to download. The build's own name (SHODO_BUILD, which tests set) is
		// _app/build.json, read at run time (src/lib/server/release.ts).
		version: { name: pkg.version },
		// static/_headers is read by the static host, not fetched by the app: leave it out of the precache.
		serviceWorker: { register: false, files: (file) => !/(^|\/)_headers$/.test(file) },
		// Every stylesheet is small: inlined into the page, nothing blocks the first paint. (Styles
		// only; scripts stay files under script-src 'self'.)
		inlineStyleThreshold: 5 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The inlined <style> blocks are hashed, as the scripts are. Svelte sets styles through
				// the CSSOM (element.style), which a policy does not govern; no page of ours has a style
				// attribute. SvelteKit's route announcer has one: allowed by its hash alone.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				// blob: for the thumbnails of photos kept on the device (object URLs, never a network fetch).
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		alias: {
			$content: 'content'
		}
	}
};

export default config;
