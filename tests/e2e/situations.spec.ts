import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Five situations from the seeds, played as a person would on a 360×640 phone: from the home
// page, through first aid and the questions, to the desks and the summary for one of them.
test.use({ viewport: { width: 360, height: 640 } });

const triage = (page: Page) => page.getByTestId('triage');
const atStep = (page: Page, step: string) => expect(triage(page)).toHaveAttribute('data-step', step);
const desks = (page: Page) => page.getByTestId('result-desks').locator(':scope > [data-desk]');

async function start(page: Page, who: string, what: string) {
	await page.goto('/');
	await page.getByTestId('start-triage').click();
	await atStep(page, 'firstAid');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const value of ['no', who, what]) await page.locator(`button[data-value="${value}"]`).click();
	await expect(desks(page).first()).toBeVisible();
}

/** The desks are on screen with the fourth tap, and the first two with their main contacts fit the phone's screen. */
async function firstTwoFit(page: Page) {
	await page.evaluate(() => window.scrollTo(0, 0));
	const shown = Math.min(2, await desks(page).count());
	for (let i = 0; i < shown; i++) {
		const desk = desks(page).nth(i);
		// A desk without a number of its own (the police station, your bank) says how to find it instead.
		const box = await desk.locator('[data-testid="main-contact"], [data-testid="main-note"]').boundingBox();
		expect(box, `main contact of desk ${i + 1}`).not.toBeNull();
		expect(box!.y + box!.height, `main contact of desk ${i + 1}: bottom edge`).toBeLessThanOrEqual(640);
		expect(box!.height).toBeGreaterThanOrEqual(44);
	}
}

async function refine(page: Page, answers: [string, string][]) {
	for (const [step, value] of answers) {
		await atStep(page, step);
		await page.getByTestId('refine').locator(`button[data-value="${value}"]`).click();
	}
	await atStep(page, 'result');
}

async function order(page: Page): Promise<string[]> {
	return desks(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-desk') ?? ''));
}

async function summaryFor(page: Page, deskId: string) {
	const desk = page.locator(`[data-desk="${deskId}"]`);
	await desk.getByTestId('desk-more').click();
	await desk.getByTestId('summary-for-desk').click();
	await expect(page).toHaveURL(new RegExp(`/incident/summary\\?desk=${deskId}$`));
	await expect(page.getByTestId('summary-body')).toHaveValue(/■ 状況（初動ナビの質問への回答）/);
	return page.getByTestId('summary-body');
}

async function noAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('a small business gets a malware alert from its monitoring service', async ({ page }) => {
	await start(page, 'organisation', 'malware');
	await atStep(page, 'orgSupport');
	await firstTwoFit(page);
	await noAxeViolations(page);
	await refine(page, [
		['orgSupport', 'no'],
		['personalData', 'no']
	]);
	expect((await order(page)).slice(0, 3)).toEqual(['ipa-organisation', 'otasuketai', 'ipa-virus-report']);
	await noAxeViolations(page);
	const body = await summaryFor(page, 'ipa-organisation');
	await expect(body).toHaveValue(/被害に遭ったのは: 会社・団体・個人事業（従業員300人以下）/);
	await expect(body).toHaveValue(/起きたこと: ウイルス感染の疑い、またはセキュリティソフトや業者・見守りサービスからの警告/);
	await expect(body).toHaveValue(/お助け隊サービスの契約: 契約していない/);
});

test('a person’s files are encrypted with a ransom note, and they want to file a 被害届', async ({ page }) => {
	await start(page, 'individual', 'ransomware');
	await firstTwoFit(page);
	await refine(page, [['policeReport', 'yes']]);
	const ids = await order(page);
	expect(ids.slice(0, 3)).toEqual(['ipa-anshin', 'police-prefectural-cyber', 'ipa-ransomware']);
	// The station takes the 被害届: a choice on the one police card.
	await expect(page.locator('[data-desk="police-prefectural-cyber"]').getByTestId('desk-choices').locator('[data-choice="police-station"]')).toBeVisible();
	expect(ids).not.toContain('ipa-organisation');
	const body = await summaryFor(page, 'police-prefectural-cyber');
	// The police question of the triage chose what the police are asked for.
	await expect(page.locator('input[name="police"][value="damage-report"]')).toBeChecked();
	await expect(body).toHaveValue(/被害届の提出を希望します/);
	await expect(body).toHaveValue(/警察への被害届: 出したい/);
});

test('a company’s customer data is taken through unauthorized access', async ({ page }) => {
	await start(page, 'organisation', 'data-leak');
	await firstTwoFit(page);
	await refine(page, [
		['leakCause', 'attack'],
		['orgSupport', 'no'],
		['policeReport', 'no']
	]);
	const ids = await order(page);
	// The report the law requires comes first (content/triage/order.json).
	expect(ids.slice(0, 3)).toEqual(['ppc-leak-report', 'police-prefectural-cyber', 'ipa-organisation']);
	const ppc = page.locator('[data-desk="ppc-leak-report"]');
	await expect(ppc.getByTestId('ppc-deadline-line')).toContainText('速報');
	const body = await summaryFor(page, 'ppc-leak-report');
	await expect(body).toHaveValue(/■ 個人情報保護委員会への報告の期限/);
	await expect(body).toHaveValue(/60日以内/);
	await expect(body).toHaveValue(/漏れた原因: 不正アクセスなどの攻撃/);
});

test('a person is defamed online', async ({ page }) => {
	await start(page, 'individual', 'harassment');
	// Nothing to refine: the list is final at once.
	await atStep(page, 'result');
	await firstTwoFit(page);
	const ids = await order(page);
	expect(ids).toEqual(['police-station', 'ihaho', 'moj-human-rights', 'sia-defamation-hotline']);
	expect(ids).not.toContain('safer-internet');
	const body = await summaryFor(page, 'ihaho');
	await expect(body).toHaveValue(/起きたこと: インターネット上で嫌がらせや誹謗中傷を受けている/);
});

test('a fake virus warning with a phone number', async ({ page }) => {
	await start(page, 'individual', 'support-scam');
	await firstTwoFit(page);
	await refine(page, [
		['supportCalled', 'yes'],
		['moneyLost', 'no']
	]);
	expect(await order(page)).toEqual(['consumer-hotline', 'ipa-anshin']);
	await expect(page.getByText('相手にお金を払ったり、返信したりしないでください。')).toBeVisible();
	const body = await summaryFor(page, 'consumer-hotline');
	await expect(body).toHaveValue(/起きたこと: 偽の警告画面が出て、表示された番号に電話するよう求められた/);
	await expect(body).toHaveValue(/お金の被害: いいえ/);
});
