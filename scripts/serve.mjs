// A small static server for the built app: sirv serves the files (prerendered pages without their
// .html, the .br/.gz files adapter-static precompressed, ETag/304, ranges); this wrapper adds the
// caching headers a service worker expects and the 404 page. `node scripts/serve.mjs [dir] [--port N]`.
// Tests import serve() and may point a running server at another build (the update test).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * Headers for every answer, the same as static/_headers gives the static hosts that read it
 * (Netlify, Cloudflare Pages; tests/unit/scripts/serve.test.ts keeps the two alike).
 * frame-ancestors 'none': no other site may show the app in a frame (a <meta> CSP cannot say
 * this; X-Frame-Options says it to browsers older than CSP 2).
 */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

/** @param {string} dir */
function files(dir) {
	return sirv(dir, { etag: true, gzip: true, brotli: true, extensions: ['html'] });
}

/** @param {{ root: string, port?: number, host?: string }} options */
export function serve({ root, port = 4317, host = '127.0.0.1' }) {
	let dir = resolve(root);
	let handler = files(dir);
	const server = createServer((req, res) => {
		const notFound = async () => {
			const page = await readFile(join(dir, '404.html')).catch(() => undefined);
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end(req.method === 'HEAD' ? undefined : (page ?? 'Not found'));
		};
		// Set before sirv answers, so a 304 carries them too.
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		res.setHeader(
			'Cache-Control',
			(req.url ?? '').startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		// The static hosts' headers file is for the host, not a page.
		if ((req.url ?? '').split('?')[0] === '/_headers') {
			void notFound();
			return;
		}
		handler(req, res, () => void notFound());
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
					handler = files(dir);
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
