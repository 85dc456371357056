import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { chromiumArgs } from './playwright.config';
import { buildDir, prerenderedPages } from './pages';
import { controlledByServiceWorker, enhanced, interactive } from './helpers';

const pages = prerenderedPages();
// One visit per page, one after another: the time grows with the number of pages.
const perPages = 30_000 + pages.length * 2_500;

test('after one visit every page opens offline', async ({ page, context }) => {
	test.setTimeout(perPages);
	await page.goto('/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.ok(), `${path} offline`).toBe(true);
		await expect(page.locator('main'), path).not.toBeEmpty();
		await interactive(page);
	}
});

test('control: without a service worker the same offline reload fails', async ({ browser }) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/');
	await enhanced(page);
	await context.setOffline(true);
	await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	await context.close();
});

test('after a browser restart, with the server gone, every page still opens', async () => {
	test.setTimeout(perPages);
	const profile = mkdtempSync(join(tmpdir(), 'shodo-profile-'));
	const server = await serve({ root: buildDir, port: 0 });
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs,
			headless: true
		});
	try {
		let context = await launch();
		let page = await context.newPage();
		await page.goto(server.url + '/');
		await controlledByServiceWorker(page);
		await context.close();
		await server.close();

		context = await launch();
		page = await context.newPage();
		for (const path of pages) {
			const response = await page.goto(server.url + path);
			expect(response?.ok(), `${path} after restart`).toBe(true);
			await expect(page.locator('main'), path).not.toBeEmpty();
		}
		await context.close();
	} finally {
		await server.close().catch(() => {});
		rmSync(profile, { recursive: true, force: true });
	}
});
