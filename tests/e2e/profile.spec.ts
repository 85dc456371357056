import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const triage = (page: Page) => page.getByTestId('triage');
const option = (page: Page, value: string) => page.locator(`button[data-value="${value}"]`);

/** Fills the profile of a small company with an お助け隊 contract and its usual PC. */
async function fillProfile(page: Page) {
	await page.goto('/profile');
	await hydrated(page);
	await page.getByLabel('会社・団体').check();
	const otasuketai = page.locator('fieldset[data-role="otasuketai"]');
	await otasuketai.getByLabel('名前（会社名・サービス名・担当者名）').fill('まもるくんサポート');
	await otasuketai.getByLabel('24時間窓口の電話番号').fill('0120-000-111');
	await otasuketai.getByLabel('契約番号').fill('OT-12345');
	await page.getByLabel('1. 対象となる端末の種類').fill('ノートパソコン');
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('a profile with an お助け隊 contract puts it first for a malware alert, and in the summary addressee list', async ({ page }) => {
	await fillProfile(page);

	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const [step, value] of [
		['safety', 'no'],
		['who', 'organisation'],
		['what', 'malware']
	] as const) {
		await expect(triage(page)).toHaveAttribute('data-step', step);
		await option(page, value).click();
	}
	const first = page.getByTestId('result-desks').locator('[data-desk]').first();
	await expect(first).toHaveAttribute('data-desk', 'own-otasuketai');
	await expect(first.getByTestId('reason')).toHaveText('お助け隊サービスの契約先に、まず連絡します（24時間窓口: 0120-000-111）。');
	// Same card as any desk: the call button dials the contract's line.
	await expect(first.getByTestId('main-contact')).toHaveAttribute('href', 'tel:0120-000-111');
	await first.getByTestId('desk-more').click();
	await expect(first).toContainText('契約番号: OT-12345');

	// The summary addressed to it, from its card; it is in the addressee list like any desk.
	await first.getByTestId('summary-for-desk').click();
	await expect(page).toHaveURL(/\/incident\/summary\?desk=own-otasuketai/);
	const select = page.locator('#summary-desk');
	await expect(select).toHaveValue('own-otasuketai');
	await expect(page.getByTestId('own-addressees').locator('option')).toHaveText(['お助け隊サービスの契約先（まもるくんサポート）']);
	await expect(page.getByTestId('summary-body')).toHaveValue(/お助け隊サービスの契約先（まもるくんサポート） ご担当者様/);

	// The new incident started with item 1 of the details from the profile.
	await page.goto('/incident/details');
	await expect(page.getByLabel('1. 対象となる端末の種類')).toHaveValue('ノートパソコン');
});

test('without a profile the triage recommends as before', async ({ page }) => {
	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const value of ['no', 'organisation', 'malware']) await option(page, value).click();
	await expect(page.getByTestId('result-desks').locator('[data-desk^="own-"]')).toHaveCount(0);
	await expect(page.getByTestId('refine')).toBeVisible();
});
