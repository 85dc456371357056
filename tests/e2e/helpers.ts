import { expect, type Page } from '@playwright/test';

/** Wait until the app has hydrated (the layout marks <html> on mount). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/** Wait until the service worker controls the page: only then is the app ready for offline use. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
		.toBe(true);
}
