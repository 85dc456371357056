import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { firstLoad, routes } from '../../scripts/weight.mjs';
import { hydrated } from './helpers';

/*
 * What the first screen shows is in the prerendered HTML, before any script runs: the structural
 * half of issue 12. The timed half (Lighthouse, offline start) and the weight budgets live in
 * `npm run bench`, because timings on a shared machine are not tests.
 */

/** The HTML as served, and where its first <script> starts. */
async function html(request: import('@playwright/test').APIRequestContext, path: string) {
	const res = await request.get(path);
	expect(res.ok(), path).toBe(true);
	const body = await res.text();
	const firstScript = body.search(/<script\b/);
	return { body, firstScript: firstScript === -1 ? body.length : firstScript };
}

test("the home page's HTML holds the first-aid rules, the 110 link and the install help before any script", async ({ request }) => {
	const { body, firstScript } = await html(request, '/');
	for (const text of ['電源は切らずにネットから切断', '記録する', 'href="tel:110"', 'data-testid="install-help"']) {
		const at = body.indexOf(text);
		expect(at, text).toBeGreaterThan(-1);
		expect(at, `${text} comes before the first script`).toBeLessThan(firstScript);
	}
});

test("the triage's HTML opens with the first aid before any script", async ({ request }) => {
	const { body, firstScript } = await html(request, '/triage');
	const at = body.indexOf('data-testid="first-aid-rules"');
	expect(at).toBeGreaterThan(-1);
	expect(at).toBeLessThan(firstScript);
	expect(body).not.toContain('読み込んでいます');
});

test("the triage's 記録する waits, disabled, until the page's script can open the note: a tap is never ignored", async ({ page, request }) => {
	const { body } = await html(request, '/triage');
	expect(body).toMatch(/<button[^>]*class="button note"[^>]*\sdisabled/);
	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '記録する' }).click();
	await expect(page.getByLabel(/^メモ/)).toBeFocused();
});

test("a desk page's HTML holds the desk's contacts, and its badge keeps its place until the clock is read", async ({ request }) => {
	const { body, firstScript } = await html(request, '/desks/ipa-anshin');
	const phone = body.indexOf('href="tel:03-5978-7509"');
	expect(phone).toBeGreaterThan(-1);
	expect(phone).toBeLessThan(firstScript);
	expect(body).toContain('data-status="pending"');
});

test('no stylesheet or script blocks the first paint of any page', async ({ request }) => {
	for (const route of await routes()) {
		const { body } = await html(request, route.path);
		const head = body.slice(0, body.indexOf('</head>'));
		expect(head, route.id).not.toMatch(/<link\b(?![^>]*\bdisabled\b)[^>]*rel="stylesheet"/);
		expect(head, route.id).not.toMatch(/<script\b(?![^>]*(\basync\b|\bdefer\b|type="module"))[^>]*\bsrc=/);
		expect(head, route.id).toContain('<style');
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of ['/', '/en']) {
		test(`${path}: the first aid and the 110 link are on the first screen of a 360×640 phone`, async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 640 });
			await page.goto(path);
			for (const id of ['start-triage', 'life-110', 'first-aid-rules']) {
				const box = await page.getByTestId(id).boundingBox();
				expect(box, id).not.toBeNull();
				expect(box!.y + box!.height, `${id} bottom edge`).toBeLessThanOrEqual(640);
			}
			await expect(page.locator('a[href="tel:110"]')).toBeVisible();
		});
	}
});

test('content reaches the first screens as data: no zod in the scripts of home, triage and desk pages', () => {
	return routes().then((all) => {
		for (const route of all.filter((r) => ['/', '/triage', '/desks', '/desks/[id]'].includes(r.id))) {
			for (const { file } of firstLoad(route.file).js) {
				expect(readFileSync(`build/${file}`, 'utf8'), `${route.id}: ${file}`).not.toContain('ZodError');
			}
		}
	});
});

test('the home page ships no SvelteKit runtime: one inline loader imports its own script after the first paint', async ({ request }) => {
	const home = (await routes()).find((r) => r.id === '/');
	expect(home).toBeDefined();
	const js = firstLoad(home!.file).js.map((f) => f.file);
	expect(js.length).toBeGreaterThan(0);
	for (const path of ['/', '/en']) {
		const { body } = await html(request, path);
		// No start script (kit.start), no hydration data, no script tag with a src: one inline loader.
		expect(body, path).not.toContain('kit.start');
		const scripts = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		expect(scripts, path).toHaveLength(1);
		const loader = scripts[0]![2]!;
		expect(scripts[0]![1], path).not.toContain('src=');
		const imported = [...loader.matchAll(/import\("\/([^"]+)"\)/g)].map((m) => m[1]);
		expect(imported, path).toHaveLength(1);
		expect(js, path).toContain(imported[0]);
		// The weight counts the script and every chunk it imports: more than the loader names.
		expect(js.length, path).toBeGreaterThan(1);
	}
	for (const file of js) {
		const code = readFileSync(`build/${file}`, 'utf8');
		expect(code, `${file}: SvelteKit's router`).not.toContain('sveltekit:');
		expect(code, `${file}: Svelte's runtime`).not.toContain('svelte.dev/e/');
	}
});

test('no page fetches a script before its first contentful paint: no modulepreload, no script src, one hashed inline starter', async ({ request }) => {
	const { createHash } = await import('node:crypto');
	for (const route of await routes()) {
		for (const path of [route.path, route.path === '/' ? '/en' : `/en${route.path}`]) {
			const { body } = await html(request, path);
			expect(body, path).not.toContain('modulepreload');
			expect(body, path).not.toMatch(/<script\b[^>]*\bsrc=/);
			const scripts = [...body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
			expect(scripts, path).toHaveLength(1);
			const script = scripts[0]!;
			expect(script.indexOf("getEntriesByName('first-contentful-paint')"), path).toBeGreaterThan(-1);
			expect(script.indexOf('first-contentful-paint'), path).toBeLessThan(script.indexOf('import('));
			const hash = createHash('sha256').update(script, 'utf8').digest('base64');
			expect(body, path).toContain(`'sha256-${hash}'`);
			expect(body, path).not.toMatch(/script-src[^;"]*unsafe-inline/);
		}
	}
});

test('the record pages load storage and zod after their first paint: none in the scripts they run first', () => {
	const deferred = ['/incidents', '/share-target', '/profile', '/drill', '/incident/police-sheet', '/incident/ppc-draft', '/incident/forward-email'];
	return routes().then((all) => {
		const found = all.filter((r) => deferred.includes(r.id));
		expect(found.map((r) => r.id).sort()).toEqual([...deferred].sort());
		for (const route of found) {
			for (const { file } of firstLoad(route.file).js) {
				const code = readFileSync(`build/${file}`, 'utf8');
				expect(code, `${route.id}: ${file}`).not.toContain('ZodError');
				expect(code, `${route.id}: ${file}`).not.toContain('IDBObjectStore');
			}
		}
	});
});
