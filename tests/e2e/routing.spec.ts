import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The situations of issue 21 (Routing v3), played as a person would on a 360×640 phone: from the
// home page, through first aid and the questions, to the desks in the order the law and the money
// decide, and the summary for one of them.
test.use({ viewport: { width: 360, height: 640 } });

const triage = (page: Page) => page.getByTestId('triage');
const atStep = (page: Page, step: string) => expect(triage(page)).toHaveAttribute('data-step', step);
const desks = (page: Page) => page.getByTestId('result-desks').locator(':scope > [data-desk]');

async function start(page: Page, who: string, what: string, locale: 'ja' | 'en' = 'ja') {
	await page.goto(locale === 'ja' ? '/' : '/en');
	await page.getByTestId('start-triage').click();
	await atStep(page, 'firstAid');
	await page.getByRole('button', { name: locale === 'ja' ? '切り離した・質問に進む' : 'Done: go to the questions' }).click();
	for (const value of ['no', who, what]) await page.locator(`button[data-value="${value}"]`).click();
	await expect(desks(page).first()).toBeVisible();
}

async function refine(page: Page, answers: [string, string][]) {
	for (const [step, value] of answers) {
		await atStep(page, step);
		await page.getByTestId('refine').locator(`button[data-value="${value}"]`).click();
	}
	await atStep(page, 'result');
}

const order = (page: Page) => desks(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-desk') ?? ''));

async function summaryFor(page: Page, deskId: string, locale: 'ja' | 'en' = 'ja') {
	const desk = page.locator(`[data-desk="${deskId}"]`);
	await desk.getByTestId('desk-more').click();
	await desk.getByTestId('summary-for-desk').click();
	await expect(page).toHaveURL(new RegExp(`${locale === 'en' ? '/en' : ''}/incident/summary\\?desk=${deskId}$`));
	await expect(page.getByTestId('summary-body')).toHaveValue(locale === 'ja' ? /■ 状況（初動ナビの質問への回答）/ : /The situation/);
	return page.getByTestId('summary-body');
}

async function noAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('a clinic’s medical records are taken through unauthorized access: the PPC report first, then the ministry and the police', async ({ page }) => {
	await start(page, 'medical', 'data-leak');
	await refine(page, [
		['leakCause', 'attack'],
		['orgSupport', 'no'],
		['policeReport', 'no']
	]);
	expect((await order(page)).slice(0, 3)).toEqual(['ppc-leak-report', 'mhlw-medical', 'police-prefectural-cyber']);
	const ppc = page.locator('[data-desk="ppc-leak-report"]');
	await expect(ppc.getByTestId('ppc-deadline-line')).toContainText('速報');
	await noAxeViolations(page);
	const body = await summaryFor(page, 'ppc-leak-report');
	await expect(body).toHaveValue(/60日以内/);
	await expect(body).toHaveValue(/被害に遭ったのは: 病院・診療所などの医療機関/);
});

test('ransomware at a company of 800 staff, about 2,000 customers’ data: the PPC report in the first three', async ({ page }) => {
	await start(page, 'large-organisation', 'ransomware');
	await refine(page, [
		['orgSupport', 'no'],
		['personalData', 'yes'],
		['policeReport', 'no']
	]);
	expect((await order(page)).slice(0, 3)).toEqual(['ppc-leak-report', 'ipa-organisation', 'police-prefectural-cyber']);
	await expect(page.locator('[data-desk="ipa-ransomware"]')).toBeVisible();
	const body = await summaryFor(page, 'ppc-leak-report');
	await expect(body).toHaveValue(/■ 個人情報保護委員会への報告の期限/);
});

test('a fake shop, paid, with a 被害届: the bank, one police card with the station, then 188', async ({ page }) => {
	await start(page, 'individual', 'fake-shop');
	await refine(page, [
		['moneyLost', 'yes'],
		['policeReport', 'yes']
	]);
	expect((await order(page)).slice(0, 3)).toEqual(['bank-or-card', 'police-station', 'consumer-hotline']);
	// The online desk is a choice on the police card, not a card of its own.
	const police = page.locator('[data-desk="police-station"]');
	await expect(police.getByTestId('desk-choices').locator('[data-choice="police-npa-online"]')).toBeVisible();
	expect(await order(page)).not.toContain('police-npa-online');
	await noAxeViolations(page);
	const body = await summaryFor(page, 'police-station');
	await expect(page.locator('input[name="police"][value="damage-report"]')).toBeChecked();
	await expect(body).toHaveValue(/被害届の提出を希望します/);
});

test('an extortion mail with nothing paid, in English: a calm answer first, no desk marked urgent', async ({ page }) => {
	await start(page, 'individual', 'extortion', 'en');
	await refine(page, [['moneyLost', 'no']]);
	const calm = page.getByTestId('calm');
	await expect(calm).toBeVisible();
	await expect(calm).toContainText('do not pay, do not reply, ignore it');
	// The heading does not tell a person with nothing to do to "contact in this order".
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay calm: read this first');
	expect(await order(page)).toEqual(['police-9110']);
	await expect(page.locator('[data-urgency="now"]')).toHaveCount(0);
	// The calm words come before the desks.
	const calmBox = await calm.boundingBox();
	const firstDesk = await desks(page).first().boundingBox();
	expect(calmBox!.y).toBeLessThan(firstDesk!.y);
	await noAxeViolations(page);
	const body = await summaryFor(page, 'police-9110', 'en');
	await expect(body).toHaveValue(/threatened to expose me/);
});

test('a one-click bill with nothing paid: a calm answer first, then 188 and IPA for reassurance', async ({ page }) => {
	await start(page, 'individual', 'one-click');
	await refine(page, [['moneyLost', 'no']]);
	await expect(page.getByTestId('calm')).toContainText('払っていなければ、払う必要はありません');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('落ち着いて、まずこれを読んでください');
	expect(await order(page)).toEqual(['consumer-hotline', 'ipa-anshin']);
	await expect(page.locator('[data-urgency="now"]')).toHaveCount(0);
	const body = await summaryFor(page, 'consumer-hotline');
	await expect(body).toHaveValue(/ワンクリック請求/);
	await expect(body).toHaveValue(/お金の被害: いいえ/);
});
