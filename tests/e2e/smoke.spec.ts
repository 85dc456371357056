import { expect, test } from '@playwright/test';

test('the home page shows the emergency action', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('start-triage')).toBeVisible();
});
