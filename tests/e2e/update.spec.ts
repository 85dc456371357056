import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { buildDir } from './pages';
import { controlledByServiceWorker, enhanced, hydrated } from './helpers';
import { updateBuildDir, UPDATE_BUILD_NAME } from './global-setup';

test('a new version waits for consent, then runs', async ({ page }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + '/about');
		await controlledByServiceWorker(page);
		const before = await page.getByTestId('app-version').textContent();
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
		const before = await page.getByTestId('app-version').textContent();
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
