// The service worker's precache manifest: every file of the built app with a revision (a hash of
// its bytes), written into build/service-worker.js in place of self.__WB_MANIFEST after the
// adapter has written the site. Workbox (src/service-worker.ts) then fetches, on an update, only
// the files whose revision changed. Plain Node, no workbox-build: that package brings a bundler and
// Babel for what is a directory walk and a hash. Also used by scripts/bench.mjs to price an update.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const SERVICE_WORKER = 'service-worker.js';
const PLACEHOLDER = 'self.__WB_MANIFEST';

/** @param {string} dir @returns {string[]} paths relative to dir, with / */
function walk(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => f.split(sep).join('/'))
		.sort();
}

/**
 * The address a file is asked for: prerendered pages without .html (as the app links them and
 * scripts/serve.mjs serves them), index.html as its folder.
 * @param {string} file
 */
export function urlOf(file) {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return '/' + file.slice(0, -'/index.html'.length);
	if (file.endsWith('.html')) return '/' + file.slice(0, -'.html'.length);
	return '/' + file;
}

/**
 * What is not precached: the compressed copies (the server picks them by Accept-Encoding), the
 * service worker itself, and the manifest's screenshots, which only the browser's install dialog
 * fetches, online.
 * @param {string} file
 */
export function precached(file) {
	if (file.endsWith('.br') || file.endsWith('.gz') || file.endsWith('.map')) return false;
	if (file === SERVICE_WORKER || file.startsWith('screenshots/')) return false;
	// static/_headers is for the static host (frame-ancestors and the rest), never fetched by the app.
	if (file === '_headers') return false;
	return true;
}

/**
 * @typedef {{ url: string, revision: string | null, file: string }} Entry
 * @param {string} dir a built site
 * @returns {Entry[]} hashed file names (_app/immutable) need no revision: a change is a new name
 */
export function precacheManifest(dir) {
	return walk(dir)
		.filter(precached)
		.map((file) => ({
			url: urlOf(file),
			revision: file.startsWith('_app/immutable/') ? null : createHash('sha256').update(readFileSync(join(dir, file))).digest('hex').slice(0, 16),
			file
		}));
}

/** Write the manifest into the built service worker and its .br/.gz copies. @param {string} dir */
export function injectManifest(dir) {
	const path = join(dir, SERVICE_WORKER);
	const code = readFileSync(path, 'utf8');
	if (!code.includes(PLACEHOLDER)) throw new Error(`${path} has no ${PLACEHOLDER} to replace (src/service-worker.ts must pass it to precacheAndRoute)`);
	const entries = precacheManifest(dir).map(({ url, revision }) => ({ url, revision }));
	const out = code.replace(PLACEHOLDER, JSON.stringify(entries));
	writeFileSync(path, out);
	writeFileSync(path + '.br', brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
	writeFileSync(path + '.gz', gzipSync(out, { level: 9 }));
	return entries;
}

/**
 * adapter-static, then the manifest: every `vite build` (npm run build, the e2e builds, the bench)
 * gets it without a step to remember.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir where the adapter writes the site
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withPrecacheManifest(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const entries = injectManifest(dir);
			builder.log.minor(`Precache manifest: ${entries.length} files, written into ${relative(process.cwd(), join(dir, SERVICE_WORKER))}`);
		}
	};
}

/**
 * What the browser downloads to go from one build to the next: the files whose revision changed
 * (a hashed name that is new counts, one that stays does not) and the service worker itself, at
 * the size the server sends them (the .br copy where there is one). Also the size of a first visit.
 * @param {string} from @param {string} to
 */
export function updateCost(from, to) {
	const before = new Map(precacheManifest(from).map((e) => [e.url, e.revision]));
	const next = precacheManifest(to);
	const wire = (/** @type {string} */ file) => {
		const path = join(to, file);
		try {
			return statSync(path + '.br').size;
		} catch {
			return statSync(path).size;
		}
	};
	const changed = next.filter((e) => !before.has(e.url) || before.get(e.url) !== e.revision);
	const worker = wire(SERVICE_WORKER);
	return {
		files: changed.length,
		of: next.length,
		bytes: changed.reduce((sum, e) => sum + wire(e.file), worker),
		firstVisitBytes: next.reduce((sum, e) => sum + wire(e.file), worker),
		urls: changed.map((e) => e.url)
	};
}
