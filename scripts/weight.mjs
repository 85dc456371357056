// What each page of the build costs on a first visit, read from the build itself: the routes from
// SvelteKit's server manifest (so a new page is measured without being listed anywhere), and per
// route the scripts and stylesheets its prerendered HTML loads before it can run (modulepreload,
// stylesheet links). Sizes are those of the .gz files sirv serves (precompress: true).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzipped size of a built file: its .gz twin if the adapter wrote one, else gzip -9. */
export function gzSize(file) {
	return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every prerendered page: its pathname ('/', '/desks/ipa-anshin', '/en/about') and file. */
export function pages(build = 'build') {
	const out = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const file = join(dir, name);
			if (statSync(file).isDirectory()) {
				if (name !== '_app') walk(file);
			} else if (name.endsWith('.html')) {
				const path = `/${relative(build, file).split('\\').join('/')}`.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
				out.push({ path: path || '/', file });
			}
		}
	};
	walk(build);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The app's routes with a page, from the server manifest, each with one representative page in
 * the base language (the first by path) and how many pages it has in all languages.
 */
export async function routes(build = 'build', kitOut = '.svelte-kit/output') {
	const { manifest } = await import(pathToFileURL(join(kitOut, 'server/manifest-full.js')).href);
	const all = pages(build);
	const result = [];
	for (const route of manifest._.routes) {
		if (!route.page) continue;
		const matching = all.filter((p) => route.pattern.test(p.path));
		const localized = all.filter((p) => /^\/[a-z]{2}(\/|$)/.test(p.path) && route.pattern.test(p.path.replace(/^\/[a-z]{2}/, '') || '/'));
		const first = matching[0];
		if (!first) continue;
		result.push({ id: route.id, path: first.path, file: first.file, pages: matching.length + localized.length });
	}
	return result;
}

/** The scripts and stylesheets a prerendered page loads before it runs, with their gzipped sizes. */
export function firstLoad(htmlFile, build = 'build') {
	const html = readFileSync(htmlFile, 'utf8');
	const refs = (re) => [...new Set([...html.matchAll(re)].map((m) => m[1]))];
	// href="./_app/…", "../_app/…" or "/_app/…"; the inline start script imports two of them again.
	const js = refs(/(?:href|import\()\s*=?\s*["'](?:\.{1,2}\/)*\/?(_app\/[^"']+\.js)["']/g);
	// Stylesheets inlined by kit.inlineStyleThreshold keep a disabled <link> that the browser does not apply.
	const css = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="stylesheet"/.test(tag) && !/\sdisabled[\s>]/.test(tag))
		.map((tag) => /href=["'](?:\.{1,2}\/)*\/?(_app\/[^"']+\.css)["']/.exec(tag)?.[1])
		.filter((f) => f !== undefined);
	const sized = (files) => files.map((f) => ({ file: f, gz: gzSize(join(build, f)) }));
	const jsFiles = sized(js);
	const cssFiles = sized(css);
	return {
		js: jsFiles,
		css: cssFiles,
		jsGz: jsFiles.reduce((s, f) => s + f.gz, 0),
		cssGz: cssFiles.reduce((s, f) => s + f.gz, 0),
		/** Whether the page carries inline <style> (critical CSS inlined by kit.inlineStyleThreshold). */
		inlineStyleBytes: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((s, m) => s + m[1].length, 0)
	};
}
