import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// A Tuesday morning in Japan: the IPA phone line is open until its lunch break.
const tuesdayMorning = new Date('2026-01-13T10:30:00+09:00');

test('a desk page links its phone and mail, and its badge follows the clock', async ({ page }) => {
	await page.clock.install({ time: tuesdayMorning });
	await page.goto('/desks/ipa-anshin');
	await hydrated(page);
	await expect(page.getByRole('link', { name: '03-5978-7509 に電話する' })).toHaveAttribute('href', 'tel:03-5978-7509');
	await expect(page.getByRole('link', { name: 'anshin@ipa.go.jp にメールする' })).toHaveAttribute(
		'href',
		'mailto:anshin@ipa.go.jp'
	);
	const deskBadge = page.locator('main > p .status-badge').first();
	await expect(deskBadge).toHaveText('受付状況：受付中（12:00 まで）');
	await page.clock.runFor('01:40:00');
	await expect(deskBadge).toHaveText('受付状況：受付時間外（次は 今日 13:30 から）');
});

test('the prerendered page does not claim a status before the clock runs', async ({ page }) => {
	await page.clock.install({ time: tuesdayMorning });
	const response = await page.request.get('/desks/ipa-anshin');
	const html = await response.text();
	expect(html).toContain('受付状況を確認しています');
	expect(html).not.toContain('受付中（');
});

test('the English desk page words the status in English', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-01-16T18:00:00+09:00') });
	await page.goto('/en/desks/ipa-anshin');
	await hydrated(page);
	await expect(page.locator('main > p .status-badge').first()).toHaveText('Status: Closed (opens Monday at 10:00)');
	await expect(page.getByRole('link', { name: 'Back to all desks' }).first()).toHaveAttribute('href', '/en/desks');
});

test('the list links every desk page, and a desk page leads back', async ({ page }) => {
	await page.goto('/desks');
	await hydrated(page);
	// One card per desk file in content/desks.
	const files = readdirSync(fileURLToPath(new URL('../../content/desks', import.meta.url))).filter((f) => f.endsWith('.json'));
	expect(files.length).toBeGreaterThan(30);
	await expect(page.locator('.desk-card')).toHaveCount(files.length);
	await page.getByRole('link', { name: '警察 110番' }).click();
	await expect(page).toHaveURL(/\/desks\/police-110$/);
	await expect(page.getByRole('link', { name: '110 に電話する' })).toHaveAttribute('href', 'tel:110');
	await expect(page.locator('main .status-badge').first()).toHaveText('受付状況：24時間受付');
	await page.getByRole('link', { name: '相談窓口の一覧へ戻る' }).first().click();
	await expect(page).toHaveURL(/\/desks$/);
});

test('over the New Year break the badge says the desk may be closed, in Japanese and English', async ({ page }) => {
	// Wed 30 Dec 2026, 11:00 in Japan: a weekday inside the assumed 12/29-1/3 break
	await page.clock.install({ time: new Date('2026-12-30T11:00:00+09:00') });
	await page.goto('/desks/tokyo-sme-cyber');
	await hydrated(page);
	await expect(page.locator('main > p .status-badge').first()).toHaveText(
		'受付状況：年末年始のため休みの可能性（公式サイトで確認）'
	);
	await expect(page.getByText('番号と受付時間：元の資料のみ・最新かは未確認')).toBeVisible();
	await page.goto('/en/desks/ipa-anshin');
	await hydrated(page);
	await expect(page.locator('main > p .status-badge').first()).toHaveText(
		'Status: Possibly closed for the New Year break (check the official site)'
	);
	await expect(page.getByText(/we assume 29 Dec to 3 Jan, as at government offices/)).toBeVisible();
});
