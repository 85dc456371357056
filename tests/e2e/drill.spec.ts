import { expect, test } from '@playwright/test';
import { everything, hydrated, roleNames } from './helpers';
import { ROLES } from '../../src/lib/profile/roles';

test('a drill is marked on every screen, ends with the missing contacts, and leaves the incidents unchanged', async ({ page }) => {
	// A real incident with an answer in it.
	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	await page.locator('button[data-value="no"]').click();
	await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'who');
	// The triage saves after the next paint: wait until the record holds the step on screen before taking the
	// picture the drill must leave unchanged (taken earlier, the real triage's own save would land after it).
	await expect.poll(() => everything(page)).toContain('"value":"who"');
	const before = await everything(page);
	expect(before).toContain('"incidents"');

	await page.goto('/drill');
	await hydrated(page);
	const banner = page.getByTestId('drill-banner');
	await expect(banner).toHaveText('訓練モード — これは練習です。被害の記録は作られず、変更もされません。');
	await page.locator('button[data-scenario="ransomware"]').click();
	const drill = page.getByTestId('drill-triage');
	await expect(drill).toHaveAttribute('data-step', 'firstAid');
	await expect(banner).toBeInViewport();
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const [step, value] of [
		['safety', 'no'],
		['who', 'organisation'],
		['what', 'ransomware']
	] as const) {
		await expect(drill).toHaveAttribute('data-step', step);
		await expect(banner).toBeInViewport();
		await expect(page.getByTestId('drill-story')).toContainText('データを暗号化した');
		await drill.locator(`button[data-value="${value}"]`).click();
	}
	await expect(drill.getByTestId('result-desks').locator('[data-desk]').first()).toBeVisible();
	await expect(banner).toBeInViewport();
	// No way from the drill into the real record's details or summary.
	await expect(drill.locator('a[href*="/incident/"]')).toHaveCount(0);
	// Answer a follow-up under the desks: still practice.
	await drill.getByTestId('refine').locator('button[data-value="no"]').first().click();

	// It ends with what to have ready: an organisation with no profile misses all five contacts, each
	// called by the name the profile form and the desk card give it.
	const names = roleNames('ja');
	await expect(page.getByTestId('drill-missing').locator('li')).toHaveText(ROLES.map((r) => names[r]));

	// Byte for byte the same records as before: no incident created, none changed, the current one still current.
	expect(await everything(page)).toBe(before);
});
