import { expect, test, type Page } from '@playwright/test';
import { cpSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { precacheManifest } from '../../scripts/precache.mjs';
import { buildDir } from './pages';
import { controlledByServiceWorker, enhanced, hydrated } from './helpers';
import { CHANGED_DESK, deskSummary, updateBuildDir, UPDATED_SUFFIX, UPDATE_BUILD_NAME } from './global-setup';

/** The addresses whose revision differs between two builds: what an update must fetch, and all it may. */
function changedUrls(from: string, to: string): string[] {
	const before = new Map(precacheManifest(from).map((e) => [e.url, e.revision]));
	return precacheManifest(to)
		.filter((e) => !before.has(e.url) || before.get(e.url) !== e.revision)
		.map((e) => e.url)
		.sort();
}

type Server = Awaited<ReturnType<typeof serve>>;
/** Every path the server is asked for from now on (the service worker's fetches included). */
function recordRequests(server: Server): string[] {
	const paths: string[] = [];
	server.server.on('request', (req: IncomingMessage) => paths.push(new URL(req.url ?? '/', 'http://x').pathname));
	return paths;
}

/** Ask the browser to look for a new version; resolves with what became of it ('installed' or 'redundant'). */
function checkForUpdate(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration) return 'no registration';
		await registration.update().catch(() => {});
		const worker = registration.installing ?? registration.waiting;
		if (!worker) return 'nothing new';
		if (worker.state === 'installed' || worker.state === 'redundant') return worker.state;
		return new Promise<string>((done) =>
			worker.addEventListener('statechange', () => {
				if (worker.state === 'installed' || worker.state === 'redundant') done(worker.state);
			})
		);
	});
}

/** The footer names the running build once the page has read it. */
async function runningBuild(page: Page): Promise<string> {
	const version = page.getByTestId('app-version');
	await expect(version).toContainText('+');
	return (await version.textContent())!;
}

test('a new version waits for consent, then runs', async ({ page }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + '/about');
		await controlledByServiceWorker(page);
		const before = await runningBuild(page);
		expect(before).not.toContain(UPDATE_BUILD_NAME);
		// Something the user has in hand: if the page reloaded on its own, this would be gone.
		await page.evaluate(() => Object.assign(window, { __inTheMiddle: true }));

		server.setRoot(updateBuildDir);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		const banner = page.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await expect(banner).toContainText('新しいバージョンがあります');
		expect(await page.evaluate(() => '__inTheMiddle' in window)).toBe(true);
		await expect(page.getByTestId('app-version')).toHaveText(before!);

		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await hydrated(page);
		await expect(page.getByTestId('app-version')).toContainText(UPDATE_BUILD_NAME);
		expect(await page.evaluate(() => '__inTheMiddle' in window)).toBe(false);
	} finally {
		await server.close();
	}
});

test('on the home page, which runs its own script, a new version also waits for consent, then runs', async ({ page }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + '/');
		await enhanced(page);
		await controlledByServiceWorker(page);
		await expect(page.getByTestId('offline-ready')).toBeVisible();
		const before = await runningBuild(page);
		await page.evaluate(() => Object.assign(window, { __inTheMiddle: true }));

		server.setRoot(updateBuildDir);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await expect(banner).toContainText('新しいバージョンがあります');
		// 「あとで」 puts it away and changes nothing.
		await banner.getByRole('button', { name: 'あとで' }).click();
		await expect(banner).toHaveCount(0);
		expect(await page.evaluate(() => '__inTheMiddle' in window)).toBe(true);
		await expect(page.getByTestId('app-version')).toHaveText(before!);

		// Still waiting on the next visit, and accepted this time.
		await page.reload();
		await enhanced(page);
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await enhanced(page);
		await expect(page.getByTestId('app-version')).toContainText(UPDATE_BUILD_NAME);
	} finally {
		await server.close();
	}
});

test('an update where one desk changed fetches only the files that changed', async ({ page }) => {
	const changed = changedUrls(buildDir, updateBuildDir);
	const everything = precacheManifest(updateBuildDir).length;
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + `/desks/${CHANGED_DESK}`);
		await hydrated(page);
		await controlledByServiceWorker(page);
		await expect(page.locator('main')).toContainText(deskSummary());

		server.setRoot(updateBuildDir);
		const requested = recordRequests(server);
		expect(await checkForUpdate(page)).toBe('installed');
		const fetched = requested.filter((p) => p !== '/service-worker.js').sort();
		console.log(`[update] one desk changed: ${fetched.length} of ${everything} files fetched (+ the service worker): ${fetched.join(' ')}`);
		// The desk's data, its pages and lists in both languages, the build's name: a handful.
		expect(fetched).toEqual(changed);
		expect(fetched.length).toBeLessThanOrEqual(12);
		expect(fetched).toContain(`/desks/${CHANGED_DESK}`);

		// Nothing changes on screen until the user accepts.
		const banner = page.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await expect(page.locator('main')).not.toContainText(UPDATED_SUFFIX);
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await hydrated(page);
		await expect(page.locator('main')).toContainText(UPDATED_SUFFIX);
		await expect(page.getByTestId('app-version')).toContainText(UPDATE_BUILD_NAME);
	} finally {
		await server.close();
	}
});

test('an update cut off half-way leaves the old version working, offline too, and the next try fetches only what is missing', async ({ page, context }) => {
	const changed = changedUrls(buildDir, updateBuildDir);
	// The next version with one of its changed files missing: the download stops there, as a lost
	// connection would stop it.
	const cut = `/_app/content/content-desks.js`;
	expect(changed).toContain(cut);
	const broken = join(updateBuildDir, '..', 'update-cut');
	rmSync(broken, { recursive: true, force: true });
	cpSync(updateBuildDir, broken, { recursive: true });
	for (const suffix of ['', '.br', '.gz']) rmSync(join(broken, cut + suffix));

	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + `/desks/${CHANGED_DESK}`);
		await hydrated(page);
		await controlledByServiceWorker(page);
		const before = await runningBuild(page);

		server.setRoot(broken);
		const firstTry = recordRequests(server);
		expect(await checkForUpdate(page)).toBe('redundant');
		const fetchedFirst = firstTry.filter((p) => p !== '/service-worker.js');
		expect(fetchedFirst).toContain(cut);
		await expect(page.getByTestId('update-banner')).toHaveCount(0);

		// The old version, whole: after a reload, and offline on every page of the desk.
		await page.reload();
		await hydrated(page);
		await expect(page.getByTestId('app-version')).toHaveText(before);
		await expect(page.locator('main')).toContainText(deskSummary());
		await expect(page.locator('main')).not.toContainText(UPDATED_SUFFIX);
		await context.setOffline(true);
		for (const path of [`/desks/${CHANGED_DESK}`, '/desks', '/triage', '/en/desks']) {
			const response = await page.goto(server.url + path);
			expect(response?.ok(), path).toBe(true);
			await hydrated(page);
			await expect(page.locator('main'), path).not.toContainText(UPDATED_SUFFIX);
		}
		await context.setOffline(false);

		// The connection is back: the next try fetches only what the first did not keep.
		server.setRoot(updateBuildDir);
		const secondTry = recordRequests(server);
		await page.goto(server.url + `/desks/${CHANGED_DESK}`);
		await hydrated(page);
		expect(await checkForUpdate(page)).toBe('installed');
		const fetchedSecond = secondTry.filter((p) => p !== '/service-worker.js').sort();
		const keptFromFirst = changed.filter((url) => fetchedFirst.includes(url) && url !== cut);
		console.log(`[update] cut off at ${cut} after ${fetchedFirst.length} files; the next try fetched ${fetchedSecond.length}: ${fetchedSecond.join(' ')}`);
		expect(fetchedSecond).toEqual(changed.filter((url) => !keptFromFirst.includes(url)));
		expect(fetchedSecond).toContain(cut);
		await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 20_000 });
	} finally {
		await server.close();
		rmSync(broken, { recursive: true, force: true });
	}
});

test('accepted in one tab, the update reaches another tab at its next navigation, not before', async ({ context }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		const [a, b] = [await context.newPage(), await context.newPage()];
		for (const [page, path] of [[a, '/about'], [b, '/desks']] as const) {
			await page.goto(server.url + path);
			await hydrated(page);
			await controlledByServiceWorker(page);
		}
		const before = await runningBuild(b);
		await b.evaluate(() => Object.assign(window, { __inTheMiddle: true }));

		server.setRoot(updateBuildDir);
		expect(await checkForUpdate(a)).toBe('installed');
		const banner = a.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await Promise.all([a.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await hydrated(a);
		await expect(a.getByTestId('app-version')).toContainText(UPDATE_BUILD_NAME);

		// The other tab is left as it is: no reload on its own.
		await expect.poll(() => b.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBeTruthy();
		expect(await b.evaluate(() => '__inTheMiddle' in window)).toBe(true);
		await expect(b.getByTestId('app-version')).toHaveText(before);
		// Its next page is the new version, loaded whole (the old version's files have left the cache).
		await Promise.all([b.waitForEvent('load'), b.locator(`a[href="/desks/${CHANGED_DESK}"]`).first().click()]);
		await hydrated(b);
		await expect(b.getByTestId('app-version')).toContainText(UPDATE_BUILD_NAME);
		await expect(b.locator('main')).toContainText(UPDATED_SUFFIX);
	} finally {
		await server.close();
	}
});
