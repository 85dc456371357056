import { chromium } from '@playwright/test';
const base = process.argv[2];
const out = process.argv[3];
const flow = process.argv[4] ?? 'account';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const locale of ['ja', 'en']) {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', deviceScaleFactor: 1 });
	const page = await context.newPage();
	const pre = locale === 'ja' ? '' : '/en';
	await page.goto(base + pre + '/');
	await page.getByTestId('start-triage').click();
	await page.waitForSelector('[data-testid="triage"][data-step="firstAid"]');
	await page.getByRole('button', { name: locale === 'ja' ? '切り離した・質問に進む' : 'Done: go to the questions' }).click();
	const answers = flow === 'leak' ? ['no', 'organisation', 'data-leak'] : ['no', 'individual', 'account-takeover'];
	for (const v of answers) await page.locator(`button[data-value="${v}"]`).click();
	await page.getByTestId('result-desks').waitFor();
	await page.getByTestId('open-plan').click();
	await page.getByTestId('plan-steps').waitFor();
	await page.waitForTimeout(500);
	await page.screenshot({ path: `${out}/plan-${flow}-${locale}-top.png` });
	await page.screenshot({ path: `${out}/plan-${flow}-${locale}-full.png`, fullPage: true });
	for (const [name, sel] of [['desks', '[data-testid="plan-desks"]'], ['warning', '[data-testid="scam-warning"]'], ['steps', '[data-testid="plan-steps"]'], ['dates', '[data-testid="plan-dates"]'], ['messages', '[data-testid="ready-messages"]']]) {
		const el = page.locator(sel);
		if (await el.count()) await el.screenshot({ path: `${out}/plan-${flow}-${locale}-${name}.png` });
	}
	if (process.env.DETAILS) {
		await page.goto(base + pre + '/incident/details');
		await page.getByTestId('details-form').waitFor();
		await page.screenshot({ path: `${out}/details-${flow}-${locale}-top.png` });
		await page.goto(base + pre + '/incidents');
		await page.getByTestId('incident-item').first().waitFor();
		await page.waitForTimeout(300);
		await page.screenshot({ path: `${out}/list-${flow}-${locale}-top.png`, fullPage: true });
	}
	await context.close();
}
await browser.close();
