import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { injectManifest, precached, precacheManifest, updateCost, urlOf } from '../../../scripts/precache.mjs';

const dirs: string[] = [];
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'precache-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const base = {
	'index.html': 'home',
	'about.html': 'about',
	'about.html.br': 'compressed',
	'desks/jpcert.html': 'desk',
	'desks/jpcert/__data.json': '{}',
	'_app/immutable/chunks/Ab12.js': 'code',
	'_app/content/content-desks.js': 'desks v1',
	'screenshots/home.png': 'png',
	'service-worker.js': 'precacheAndRoute(self.__WB_MANIFEST)'
};

describe('urlOf', () => {
	it('names pages as the app links them', () => {
		expect(urlOf('index.html')).toBe('/');
		expect(urlOf('en.html')).toBe('/en');
		expect(urlOf('desks/jpcert.html')).toBe('/desks/jpcert');
		expect(urlOf('guide/index.html')).toBe('/guide');
		expect(urlOf('desks/jpcert/__data.json')).toBe('/desks/jpcert/__data.json');
	});
});

describe('precached', () => {
	it('leaves out compressed twins, the worker and the screenshots', () => {
		expect(precached('about.html.br')).toBe(false);
		expect(precached('about.html.gz')).toBe(false);
		expect(precached('service-worker.js')).toBe(false);
		expect(precached('screenshots/home.png')).toBe(false);
		expect(precached('icon-192.png')).toBe(true);
	});
});

describe('precacheManifest', () => {
	it('gives a revision to every file without a hash in its name, and none to _app/immutable', () => {
		const entries = precacheManifest(site(base));
		expect(entries.map((e) => e.url)).toEqual(['/_app/content/content-desks.js', '/_app/immutable/chunks/Ab12.js', '/about', '/desks/jpcert', '/desks/jpcert/__data.json', '/']);
		expect(entries.find((e) => e.url === '/_app/immutable/chunks/Ab12.js')?.revision).toBeNull();
		expect(entries.find((e) => e.url === '/about')?.revision).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('injectManifest', () => {
	it('writes the manifest in place of self.__WB_MANIFEST, and refuses a worker without it', () => {
		const dir = site(base);
		injectManifest(dir);
		const code = readFileSync(join(dir, 'service-worker.js'), 'utf8');
		expect(code).not.toContain('self.__WB_MANIFEST');
		expect(code).toContain('{"url":"/about","revision":"');
		expect(() => injectManifest(dir)).toThrow(/__WB_MANIFEST/);
	});
});

describe('updateCost', () => {
	it('counts only what changed: a new revision or a new hashed name, and the worker', () => {
		const from = site(base);
		const to = site({
			...base,
			'desks/jpcert.html': 'desk, changed',
			'_app/content/content-desks.js': 'desks v2',
			'_app/immutable/chunks/Cd34.js': 'new code'
		});
		const cost = updateCost(from, to);
		expect(cost.urls).toEqual(['/_app/content/content-desks.js', '/_app/immutable/chunks/Cd34.js', '/desks/jpcert']);
		expect(cost.files).toBe(3);
		expect(cost.bytes).toBe('desks v2'.length + 'new code'.length + 'desk, changed'.length + base['service-worker.js'].length);
		// The compressed twin is what the server sends.
		expect(cost.firstVisitBytes).toBeGreaterThan(cost.bytes);
		expect(updateCost(from, from).files).toBe(0);
	});
});
