import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { controlledByServiceWorker, hydrated } from './helpers';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

// About 600 Japanese characters: 5,000+ characters once percent-encoded, far past the desktop cap.
const LONG = '朝、画面に英語の脅迫文が出て、共有フォルダのファイルが開けなくなった。'.repeat(18);

async function typeDetail(page: Page, label: string | RegExp, value: string) {
	await page.goto('/incident/details');
	await expect(page.getByTestId('details-form')).toBeVisible();
	await page.getByLabel(label).fill(value);
	await page.getByLabel(label).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

for (const [phone, userAgent] of [
	['iPhone Safari', IPHONE_SAFARI],
	['Android Chrome', ANDROID_CHROME]
] as const) {
	test.describe(`on ${phone}`, () => {
		test.use({ userAgent });
		test('the mailto link carries the whole summary', async ({ page }) => {
			await typeDetail(page, /^5\. 事象が発生した日/, LONG);
			await page.goto('/incident/summary?desk=ipa-anshin');
			const body = await page.getByTestId('summary-body').inputValue();
			expect(body).toContain(LONG);
			const href = (await page.getByTestId('mailto').getAttribute('href'))!;
			// A desktop would have been given the address and subject only.
			expect(href.length).toBeGreaterThan(1800);
			const url = new URL(href);
			expect(url.pathname).toBe('anshin@ipa.go.jp');
			expect(url.searchParams.get('subject')).toBe(await page.getByTestId('summary-subject').inputValue());
			expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
			await expect(page.getByText('要約が長いため')).toHaveCount(0);
		});
	});
}

test('「LINE・メールなどで送る」 shares the summary as a .txt file with the text, and builds no third-party link', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: unknown[] = [];
		Object.assign(window, { __shared: shared });
		Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => Boolean(data.files?.length) });
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => {
				const file = data.files?.[0];
				shared.push({ title: data.title, text: data.text, name: file?.name, type: file?.type, file: await file?.text() });
			}
		});
	});
	await typeDetail(page, '2. 対象となる端末のOS', 'iOS 18.1');
	await page.goto('/incident/summary?desk=ipa-anshin');
	const body = await page.getByTestId('summary-body').inputValue();
	const subject = await page.getByTestId('summary-subject').inputValue();
	await page.getByRole('button', { name: 'LINE・メールなどで送る' }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared.length)).toBe(1);
	const [shared] = await page.evaluate(() => (window as unknown as { __shared: Record<string, string>[] }).__shared);
	expect(shared).toMatchObject({ title: subject, text: body, type: 'text/plain' });
	expect(shared!.name).toMatch(/^shodo-navi-summary-\d{4}-\d{2}-\d{2}\.txt$/);
	expect(shared!.file).toBe(`${subject}\n\n${body}`.replace(/\n/g, '\r\n'));
	expect(await page.locator('a[href*="line.me"]').count()).toBe(0);
});

test('a text shared from another app lands in the timeline as 「見たこと」, offline, once, after 「追加する」', async ({ page, context }) => {
	await page.goto('/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	const sms = '【重要】お客様の口座を停止しました。至急ご確認ください';
	const link = 'https://bank.example.invalid/login';
	const response = await page.goto(`/share-target?title=SMS&text=${encodeURIComponent(sms)}&url=${encodeURIComponent(link)}`);
	expect(response?.ok()).toBe(true);
	// Asked first (any site can link here): nothing is added before 「追加する」.
	await expect(page.getByTestId('share-in-status')).toContainText('まだ記録には入れていません');
	await page.getByRole('button', { name: '追加する' }).click();
	await expect(page.getByTestId('share-in-status')).toContainText('「見たこと」として経過記録に追加しました');
	await expect(page.getByTestId('shared-text')).toHaveText(`SMS\n${sms}\n${link}`);
	// The text has left the address, so a reload does not record it twice.
	expect(new URL(page.url()).search).toBe('');
	await page.reload();
	await expect(page.getByTestId('share-in-status')).toContainText('共有された文字やURLはありませんでした');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: '経過記録を見る' }).click();
	const timeline = page.getByTestId('timeline');
	await expect(timeline).toContainText(sms);
	await expect(timeline.getByText(sms)).toHaveCount(1);
	await expect(timeline.locator('li', { hasText: sms })).toContainText('見たこと');
	// Not an iPhone: no Safari warning, even with data.
	await expect(page.getByTestId('safari-warning')).toHaveCount(0);
});

test.describe('on iPhone Safari, not added to the Home Screen', () => {
	test.use({ userAgent: IPHONE_SAFARI });

	test('once there is data, a warning says Safari may delete it, with the steps and the export; the last export date is shown', async ({ page }) => {
		await page.goto('/incident/details');
		await expect(page.getByTestId('details-form')).toBeVisible();
		await hydrated(page);
		await expect(page.getByTestId('safari-warning')).toHaveCount(0);

		await typeDetail(page, '2. 対象となる端末のOS', 'iOS 18.1');
		const warning = page.getByTestId('safari-warning');
		await expect(warning).toContainText('7日間');
		await expect(warning).toContainText('ホーム画面に追加');
		await expectNoAxeViolations(page);

		await warning.getByRole('link', { name: '記録をファイルに書き出す' }).click();
		await expect(page).toHaveURL(/\/incidents#transfer-title$/);
		await expect(page.getByTestId('safari-warning')).toBeVisible();
		await expect(page.getByTestId('last-export')).toHaveText('まだ一度も書き出していません。');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'すべて書き出す' }).click();
		const exported = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
		expect(exported.incidents[0].details.os).toBe('iOS 18.1');
		await expect(page.getByTestId('last-export')).toContainText('最後に書き出した日時：');
		const shown = await page.getByTestId('last-export').textContent();
		await page.reload();
		await expect(page.getByTestId('last-export')).toHaveText(shown!);
		await expectNoAxeViolations(page);

		await page.goto('/en/incidents');
		await expect(page.getByTestId('safari-warning')).toContainText('Safari on iPhone and iPad may delete');
		await expect(page.getByTestId('last-export')).toContainText('Last exported:');
		await expectNoAxeViolations(page);
	});
});
