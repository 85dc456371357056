// What each page of the build costs on a first visit, read from the build itself: the routes from
// SvelteKit's server manifest (so a new page is measured without being listed anywhere), and per
// route the scripts and stylesheets its prerendered HTML loads before it can run (modulepreload,
// stylesheet links). Sizes are those of the .gz files sirv serves (precompress: true).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped size of a built file: its .gz twin if the adapter wrote one, else gzip -9.
 * @param {string} file
 */
export function gzSize(file) {
	return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Every prerendered page: its pathname ('/', '/desks/ipa-anshin', '/en/about') and file.
 * @returns {{ path: string, file: string }[]}
 */
export function pages(build = 'build') {
	/** @type {{ path: string, file: string }[]} */
	const out = [];
	/** @param {string} dir */
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
	/** @type {{ id: string, path: string, file: string, pages: number }[]} */
	const result = [];
	for (const route of /** @type {{ id: string, pattern: RegExp, page?: unknown }[]} */ (manifest._.routes)) {
		if (!route.page) continue;
		const matching = all.filter((p) => route.pattern.test(p.path));
		const localized = all.filter((p) => /^\/[a-z]{2}(\/|$)/.test(p.path) && route.pattern.test(p.path.replace(/^\/[a-z]{2}/, '') || '/'));
		const first = matching[0];
		if (!first) continue;
		result.push({ id: route.id, path: first.path, file: first.file, pages: matching.length + localized.length });
	}
	return result;
}

/**
 * The scripts a prerendered page needs before it runs: the two entries its start script imports
 * and the route's nodes (node_ids), or the script a page without SvelteKit loads by a tag, with
 * everything they import statically (the set SvelteKit would list as modulepreload links). Read
 * from the built files alone, so it always matches them.
 * @param {string} html
 * @param {string} build
 * @returns {string[]}
 */
function startScripts(html, build) {
	const roots = [...html.matchAll(/import\(\s*["'](?:\.{1,2}\/)*\/?(_app\/[^"']+\.js)["']\s*\)/g)].map((m) => m[1] ?? '');
	// A page without SvelteKit in the browser (the home page, csr = false) loads its own script by a tag.
	for (const m of html.matchAll(/<script\b[^>]*\bsrc=["'](?:\.{1,2}\/)*\/?(_app\/[^"']+\.js)["']/g)) roots.push(m[1] ?? '');
	const nodeIds = /node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1]?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
	const nodesDir = join(build, '_app/immutable/nodes');
	for (const id of nodeIds) {
		const file = readdirSync(nodesDir).find((f) => f.startsWith(`${id}.`) && f.endsWith('.js'));
		if (file) roots.push(`_app/immutable/nodes/${file}`);
	}
	/** @type {Set<string>} */
	const seen = new Set();
	/** @param {string} file */
	const visit = (file) => {
		if (seen.has(file) || !existsSync(join(build, file))) return;
		seen.add(file);
		const code = readFileSync(join(build, file), 'utf8');
		// Static imports only: import"./a.js", import{…}from"./b.js" and export{…}from"./c.js" (a
		// route's node re-exports its component this way), never import("./d.js").
		for (const m of code.matchAll(/\b(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*[\w$*{}\s,]+?\s*from\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			visit(posix.join(posix.dirname(file), m[1] ?? ''));
		}
	};
	roots.forEach(visit);
	return [...seen];
}

/**
 * The scripts and stylesheets a prerendered page loads before it runs, with their gzipped sizes.
 * @param {string} htmlFile
 */
export function firstLoad(htmlFile, build = 'build') {
	const html = readFileSync(htmlFile, 'utf8');
	const js = startScripts(html, build);
	// Stylesheets inlined by kit.inlineStyleThreshold keep a disabled <link> that the browser does not apply.
	const css = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="stylesheet"/.test(tag) && !/\sdisabled[\s>]/.test(tag))
		.map((tag) => /href=["'](?:\.{1,2}\/)*\/?(_app\/[^"']+\.css)["']/.exec(tag)?.[1])
		.filter(/** @returns {f is string} */ (f) => f !== undefined);
	/** @param {string[]} files */
	const sized = (files) => files.map((f) => ({ file: f, gz: gzSize(join(build, f)) }));
	const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
	const jsFiles = sized(js);
	const cssFiles = sized(css);
	return {
		js: jsFiles,
		css: cssFiles,
		jsGz: jsFiles.reduce((s, f) => s + f.gz, 0),
		cssGz: cssFiles.reduce((s, f) => s + f.gz, 0),
		/** The styles inlined into the page (kit.inlineStyleThreshold), gzipped on their own. */
		inlineCssGz: inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0
	};
}
