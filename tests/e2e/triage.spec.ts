import { expect, test, type Locator, type Page } from '@playwright/test';
import { ALONE, acrossKill9, atStep, option } from './helpers';

/** Presses Tab until `target` has focus; fails if it is not reached, so the flow must be keyboard-reachable. */
async function tabTo(page: Page, target: Locator, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with Tab`);
}


test('a whole triage by keyboard alone, from the home page to the desks', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, page.getByTestId('start-triage'));
	await page.keyboard.press('Enter');
	await atStep(page, 'firstAid');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('まず、被害を広げないために');

	await tabTo(page, page.getByRole('button', { name: '切り離した・質問に進む' }));
	await page.keyboard.press('Enter');
	await atStep(page, 'safety');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	for (const [step, value, key] of [
		['safety', 'no', 'Enter'],
		['who', 'individual', 'Space'],
		['what', 'phishing', 'Enter']
	] as const) {
		await atStep(page, step);
		await tabTo(page, option(page, value));
		await page.keyboard.press(key);
	}
	// The desks are on screen at once; the follow-ups come under them, on the same screen.
	await atStep(page, 'passwordEntered');
	await expect(page.getByTestId('result-desks').locator('[data-desk]').first()).toHaveAttribute('data-desk', 'antiphishing');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	for (const [step, value, key] of [
		['passwordEntered', 'yes', 'Space'],
		['moneyLost', 'yes', 'Enter'],
		['policeReport', 'no', 'Space']
	] as const) {
		await atStep(page, step);
		await tabTo(page, page.getByTestId('refine').locator(`button[data-value="${value}"]`));
		await page.keyboard.press(key);
	}
	await atStep(page, 'result');
	await expect(page.getByTestId('refine')).toHaveCount(0);
	const desks = page.getByTestId('result-desks').locator('[data-desk]');
	await expect(desks.first()).toHaveAttribute('data-desk', 'bank-or-card');
	await expect(desks.nth(1)).toHaveAttribute('data-desk', 'police-npa-online');
	await expect(page.locator('[data-desk="antiphishing"]')).toBeVisible();
	// Its mailbox only takes forwarded phishing mail: the button says so.
	await expect(page.locator('[data-desk="antiphishing"]').getByTestId('main-contact')).toHaveText('メールを転送する');
	await expect(page.locator('[data-desk="ipa-organisation"]')).toHaveCount(0);

	// Change one answer from the result, by keyboard, and come back with the others kept.
	await tabTo(page, page.getByRole('button', { name: '「お金を払った・振り込んだ、またはカードや口座の情報を入力しましたか？」の回答を変更' }), 200);
	await page.keyboard.press('Enter');
	await atStep(page, 'moneyLost');
	const refine = page.getByTestId('refine');
	await expect(refine.locator('button[data-value="yes"]')).toContainText('前の回答');
	await tabTo(page, refine.locator('button[data-value="no"]'));
	await page.keyboard.press('Enter');
	await atStep(page, 'result');
	await expect(page.locator('[data-desk="bank-or-card"]')).toHaveCount(0);
	await expect(page.locator('[data-desk="antiphishing"]')).toBeVisible();

	// From a recommended desk, 「詳しく」 opens everything about it, and the summary addressed to it is one step on.
	const antiphishing = page.locator('[data-desk="antiphishing"]');
	await tabTo(page, antiphishing.getByTestId('desk-more'));
	await page.keyboard.press('Enter');
	await expect(antiphishing.getByTestId('desk-more')).toHaveAttribute('aria-expanded', 'true');
	await tabTo(page, antiphishing.getByTestId('summary-for-desk'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/incident\/summary\?desk=antiphishing$/);
	await expect(page.locator('#summary-desk')).toHaveValue('antiphishing');
	await expect(page.getByTestId('summary-body')).toHaveValue(/フィッシング対策協議会/);
});

test('a triage interrupted by closing the page resumes at the same step with its answers', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/triage');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	await option(page, 'no').click();
	await option(page, 'organisation').click();
	await option(page, 'malware').click();
	await atStep(page, 'orgSupport');
	await page.getByTestId('refine').locator('button[data-value="no"]').click();
	await atStep(page, 'personalData');
	// The phone's back button returns to the previous question.
	await page.goBack();
	await atStep(page, 'orgSupport');
	await expect(page.getByTestId('refine').locator('button[data-value="no"]')).toContainText('前の回答');
	await page.close();

	const again = await context.newPage();
	await again.goto('/triage');
	await atStep(again, 'orgSupport');
	// In the new page too, the phone's back button and the on-screen one step back through the questions.
	await again.goBack();
	await atStep(again, 'what');
	await expect(option(again, 'malware')).toContainText('前の回答');
	await again.getByRole('button', { name: '戻る' }).click();
	await atStep(again, 'who');
	await expect(option(again, 'organisation')).toContainText('前の回答');
	await option(again, 'organisation').click();
	await atStep(again, 'what');

	// Starting over asks first; cancelling keeps everything.
	await again.getByRole('button', { name: '最初からやり直す' }).click();
	const dialog = again.getByRole('dialog', { name: '最初からやり直しますか？' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'やめる' })).toBeFocused();
	await dialog.getByRole('button', { name: 'やめる' }).click();
	await atStep(again, 'what');
	await again.getByRole('button', { name: '最初からやり直す' }).click();
	await dialog.getByRole('button', { name: '回答を消してやり直す' }).click();
	await atStep(again, 'firstAid');
});

test('a note recorded during the triage is confirmed with the time', async ({ page }) => {
	await page.goto('/triage');
	await atStep(page, 'firstAid');
	await page.getByRole('button', { name: '記録する' }).click();
	await page.getByLabel(/メモ/).fill('PCに脅迫文が表示された');
	await page.getByRole('button', { name: '経過記録に保存' }).click();
	await expect(page.getByTestId('quick-note').getByRole('status')).toHaveText(/^記録しました \d{2}:\d{2}$/);
});

test('a triage done offline after one visit', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	for (let i = 0; i < 5; i++) {
		if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) break;
		await page.reload();
	}
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await context.setOffline(true);

	await page.getByTestId('start-triage').click();
	await atStep(page, 'firstAid');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	await option(page, 'yes').click();
	// 110 comes first, right above the next question.
	await atStep(page, 'who');
	await expect(page.getByTestId('emergency')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/110番/);
	await expect(page.getByTestId('call-110')).toHaveAttribute('href', 'tel:110');
	await option(page, 'organisation').click();
	await atStep(page, 'what');
	await expect(page.getByTestId('emergency')).toHaveCount(0);
	await option(page, 'ransomware').click();
	const refine = page.getByTestId('refine');
	for (const [step, value] of [['orgSupport', 'no'], ['personalData', 'yes'], ['policeReport', 'no']] as const) {
		await atStep(page, step);
		await refine.locator(`button[data-value="${value}"]`).click();
	}
	await atStep(page, 'result');
	const desks = page.getByTestId('result-desks').locator('[data-desk]');
	await expect(desks.first()).toHaveAttribute('data-desk', 'police-110');
	const ppc = page.locator('[data-desk="ppc-leak-report"]');
	await expect(ppc).toBeVisible();
	await ppc.getByTestId('desk-more').click();
	await expect(ppc.getByTestId('ppc-deadlines')).toContainText('60日以内');
	await expect(page.locator('[data-desk="otasuketai"]')).toBeVisible();
	await context.setOffline(false);
});

test('kill -9 50 ms after an answer: the triage opens again at the next question, with that answer', ALONE, async ({ baseURL }) => {
	await acrossKill9(
		async (context) => {
			const page = await context.newPage();
			await page.setViewportSize({ width: 360, height: 640 });
			await page.goto(`${baseURL}/triage`);
			await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
			await option(page, 'no').click();
			await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'who');
			await option(page, 'organisation').click();
			await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'what');
			// The answer is written once its step is painted: 50 ms later the browser dies.
		},
		async (context) => {
			const again = await context.newPage();
			await again.goto(`${baseURL}/triage`);
			await expect(again.getByTestId('triage')).toHaveAttribute('data-step', 'what');
			await again.getByRole('button', { name: '戻る' }).click();
			await expect(again.getByTestId('triage')).toHaveAttribute('data-step', 'who');
			await expect(option(again, 'organisation')).toContainText('前の回答');
		}
	);
});
