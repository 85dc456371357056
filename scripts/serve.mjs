// A small static server for the built app: prerendered pages without their .html, gzip for text,
// and caching headers a service worker expects. `node scripts/serve.mjs [dir] [--port N]`.
// Tests import serve() and may point a running server at another build (the update test).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** @param {string} root @param {string} pathname */
async function locate(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return undefined;
	const candidates = pathname.endsWith('/')
		? [join(base, 'index.html'), base.replace(/\/+$/, '') + '.html']
		: [base, base + '.html', join(base, 'index.html')];
	for (const c of candidates) if (await isFile(c)) return c;
	return undefined;
}

/** @param {{ root: string, port?: number, host?: string }} options */
export function serve({ root, port = 4317, host = '127.0.0.1' }) {
	let dir = resolve(root);
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const file = await locate(dir, url.pathname);
			/** @type {Record<string, string>} */
			const headers = {
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'no-referrer'
			};
			if (!file) {
				const notFound = join(dir, '404.html');
				res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
				res.end((await isFile(notFound)) ? await readFile(notFound) : 'Not found');
				return;
			}
			const ext = extname(file);
			let body = await readFile(file);
			headers['Content-Type'] = TYPES[ext] ?? 'application/octet-stream';
			headers['Cache-Control'] = url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache';
			if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				body = gzipSync(body);
				headers['Content-Encoding'] = 'gzip';
				headers['Vary'] = 'Accept-Encoding';
			}
			res.writeHead(200, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'text/plain' });
			res.end(String(error));
		}
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			done({
				server,
				url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${typeof address === 'object' && address ? address.port : port}`,
				/** Serve another build from now on, as a deploy would. */
				/** @param {string} next */
				setRoot(next) {
					dir = resolve(next);
				},
				close: () => new Promise((r) => server.close(() => r(undefined)))
			});
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const portAt = args.indexOf('--port');
	const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT ?? 4317);
	const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'build';
	const host = process.env.HOST ?? '127.0.0.1';
	const { url } = await serve({ root, port, host });
	console.log(`初動ナビ is being served at ${url}/ (English: ${url}/en). Ctrl+C stops it.`);
}
