import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.mjs';

let dir: string;
let next: string;
let server: Awaited<ReturnType<typeof serve>>;

function site(root: string, marker: string) {
	mkdirSync(join(root, '_app/immutable'), { recursive: true });
	writeFileSync(join(root, 'index.html'), `<p>${marker} home</p>`);
	writeFileSync(join(root, 'about.html'), `<p>${marker} about</p>`);
	writeFileSync(join(root, 'about.html.gz'), gzipSync(`<p>${marker} about</p>`));
	writeFileSync(join(root, '404.html'), '<p>not here</p>');
	writeFileSync(join(root, '_app/immutable/app.js'), 'export {}');
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-'));
	next = mkdtempSync(join(tmpdir(), 'serve-next-'));
	site(dir, 'v1');
	site(next, 'v2');
	server = await serve({ root: dir, port: 0 });
});

afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
	rmSync(next, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
	it('serves pages without .html, with the headers a service worker expects', async () => {
		const res = await fetch(server.url + '/about', { headers: { 'accept-encoding': 'identity' } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('no-referrer');
		expect(await res.text()).toBe('<p>v1 about</p>');
		const immutable = await fetch(server.url + '/_app/immutable/app.js');
		expect(immutable.headers.get('cache-control')).toContain('immutable');
	});

	it('sends the precompressed file when the browser takes gzip', async () => {
		const res = await fetch(server.url + '/about', { headers: { 'accept-encoding': 'gzip' } });
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(await res.text()).toBe('<p>v1 about</p>');
	});

	it('answers 304 to a matching ETag, with the same headers', async () => {
		const first = await fetch(server.url + '/about');
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await fetch(server.url + '/about', { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
		expect(again.headers.get('cache-control')).toBe('no-cache');
	});

	it('answers a missing page and a malformed %-escape with the 404 page, never a 500', async () => {
		for (const path of ['/nope', '/%E0%A4%A', '/%']) {
			const res = await fetch(server.url + path);
			expect(res.status, path).toBe(404);
			expect(await res.text()).toContain('not here');
		}
	});

	it('serves another build after setRoot, as a deploy would', async () => {
		server.setRoot(next);
		try {
			expect(await (await fetch(server.url + '/')).text()).toBe('<p>v2 home</p>');
		} finally {
			server.setRoot(dir);
		}
	});
});
