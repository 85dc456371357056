import { expect, test } from '@playwright/test';
import { controlledByServiceWorker, enhanced, hydrated } from './helpers';

for (const path of ['/', '/en']) {
	test(`${path}: the emergency screen fits a 360×640 phone without scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto(path);
		await enhanced(page);
		for (const id of ['start-triage', 'life-110', 'first-aid-rules']) {
			const box = await page.getByTestId(id).boundingBox();
			expect(box, id).not.toBeNull();
			expect(box!.y + box!.height, `${id} bottom edge`).toBeLessThanOrEqual(640);
		}
		await expect(page.locator('a[href="tel:110"]')).toBeVisible();
		const start = page.getByTestId('start-triage');
		const size = await start.boundingBox();
		expect(size!.height).toBeGreaterThanOrEqual(48);
	});
}

test('the primary action starts the triage', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('start-triage').click();
	await expect(page).toHaveURL(/\/triage/);
});

test('the home page states both first-aid rules and the 110 line in Japanese', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('first-aid-rules')).toContainText('電源は切らずにネットから切断');
	await expect(page.getByTestId('first-aid-rules')).toContainText('記録する');
	await expect(page.getByTestId('life-110')).toContainText('110');
	await expect(page.getByTestId('start-triage')).toContainText('様子がおかしい・攻撃されたかも');
});

test('the language switch leads to the same page in English and back', async ({ page }) => {
	await page.goto('/about');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/about$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/about$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('install help: in the page before any script, then a button where the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await enhanced(page);
	// The prerendered default: the browser's menu.
	await expect(page.getByTestId('install-help')).toContainText('ブラウザのメニュー');
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: async () => {},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
	const button = page.getByRole('button', { name: 'アプリをインストール' });
	await expect(button).toBeVisible();
	await button.click();
	await expect(page.getByTestId('install-help')).toHaveCount(0);
});

test.describe('on iPhone Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
	});
	test('install help shows the Share → Add to Home Screen steps', async ({ page }) => {
		await page.goto('/');
		await enhanced(page);
		await expect(page.getByTestId('install-help')).toContainText('ホーム画面に追加');
	});
});

test('below the emergency screen, the other screens are one tap away', async ({ page }) => {
	await page.goto('/');
	const more = page.getByRole('navigation', { name: 'そのほかの画面' });
	for (const [name, path] of [
		['相談窓口の一覧', '/desks'],
		['相談前に整理する情報', '/incident/details'],
		['被害の記録', '/incidents']
	] as const) {
		await expect(more.getByRole('link', { name })).toHaveAttribute('href', path);
	}
});

test('the footer says when the app is ready to work offline', async ({ page }) => {
	await page.goto('/');
	await controlledByServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toContainText('オフラインでも使えます');
});

test('from a SvelteKit page the home page opens as a document, with its own script, never through the client router', async ({ page }) => {
	await page.goto('/about');
	await hydrated(page);
	await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
	await page.getByRole('banner').getByRole('link', { name: '初動ナビ' }).click();
	await expect(page).toHaveURL(/\/$/);
	await enhanced(page);
	expect(await page.evaluate(() => '__sameDocument' in window)).toBe(false);
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
	await expect(page.getByTestId('install-help')).toContainText('ブラウザのメニュー');
});
