import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, serve } from '../../../scripts/serve.mjs';

let dir: string;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'headers-'));
	writeFileSync(join(dir, 'index.html'), '<p>home</p>');
	writeFileSync(join(dir, '404.html'), '<p>not here</p>');
	writeFileSync(join(dir, '_headers'), readFileSync('static/_headers'));
	server = await serve({ root: dir, port: 0 });
});

afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The headers static/_headers gives every path (its `/*` block). */
function headersFileForAll(): Record<string, string> {
	const lines = readFileSync('static/_headers', 'utf8').split('\n');
	const out: Record<string, string> = {};
	let inAll = false;
	for (const line of lines) {
		if (/^\S/.test(line)) inAll = line.trim() === '/*';
		else if (inAll && line.trim()) {
			const at = line.indexOf(':');
			out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return out;
}

describe('framing and the static hosts\' headers', () => {
	it('every answer, a page or a 404, forbids framing', async () => {
		for (const path of ['/', '/nope']) {
			const res = await fetch(server.url + path);
			expect(res.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
			expect(res.headers.get('x-frame-options'), path).toBe('DENY');
		}
	});

	it('static/_headers gives static hosts the same headers serve.mjs sends', () => {
		expect(headersFileForAll()).toEqual(SECURITY_HEADERS);
	});

	it('the headers file itself is not served as a page', async () => {
		const res = await fetch(server.url + '/_headers');
		expect(res.status).toBe(404);
	});
});
