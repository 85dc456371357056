import { expect, test } from '@playwright/test';

test('the summary says beside the mail button that J-CRAT\'s address is unconfirmed', async ({ page }) => {
	await page.goto('/incident/details');
	await expect(page.getByTestId('details-form')).toBeVisible();
	await page.getByLabel('2. 対象となる端末のOS').fill('Windows 11');
	await page.getByLabel('2. 対象となる端末のOS').blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

	await page.goto('/incident/summary?desk=ipa-jcrat');
	await expect(page.getByTestId('mailto')).toBeVisible();
	await expect(page.getByTestId('mail-unconfirmed')).toHaveText(/tokusou@ipa\.go\.jp は資料に載っているアドレスで、いまも使われているかは確認できていません/);

	await page.goto('/incident/summary?desk=ipa-anshin');
	await expect(page.getByTestId('mailto')).toBeVisible();
	await expect(page.getByTestId('mail-unconfirmed')).toHaveCount(0);
});
