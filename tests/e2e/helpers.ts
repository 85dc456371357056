import { expect, type Page } from '@playwright/test';

/** Wait until a SvelteKit page has hydrated (the layout marks <html> on mount). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/**
 * Wait until the home page's own script has run (it marks <html> data-enhanced). The home page is
 * never hydrated: it ships no SvelteKit runtime (src/routes/+page.ts, src/home.ts).
 */
export async function enhanced(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'));
}

/** Either of the above, for a loop over every page. */
export async function interactive(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.documentElement.hasAttribute('data-hydrated') || document.documentElement.hasAttribute('data-enhanced')
	);
}

/** Wait until the service worker controls the page: only then is the app ready for offline use. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
		.toBe(true);
}
