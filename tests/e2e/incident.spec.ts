import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { clearDevice, storedIncidents } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const HOSTILE = '<script>alert("x")</script> \u202Eexe.txt 🔥';
/** How text with a bidi control leaves the app: the control as a visible marker (src/lib/content/bidi.ts). */
const leaves = (text: string) => text.replace(/\u202E/g, '[U+202E]');

async function openDetails(page: Page, path = '/incident/details') {
	await page.goto(path);
	await expect(page.getByTestId('details-form')).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('details typed survive a reload and come out in the copied summary', async ({ page }) => {
	await openDetails(page);
	await page.getByLabel('1. 対象となる端末の種類').fill('ノートパソコン');
	await page.getByLabel('2. 対象となる端末のOS').fill('Windows 11');
	await page.getByLabel('3. インストールしているセキュリティソフトの名称').fill('Microsoft Defender');
	await page.getByLabel(/^5\. 事象が発生した日/).fill(HOSTILE);
	await page.getByLabel('気づいた日時（日本時間）').fill('2026-03-02T09:30');
	await page.getByLabel('気づいた日時（日本時間）').blur();
	await page.getByLabel('内容', { exact: true }).fill('LANケーブルを抜いた');
	await page.locator('#timeline-at').fill('2026-03-02T10:42');
	await page.getByLabel('種類', { exact: true }).selectOption('done');
	await page.getByRole('button', { name: '記録を追加', exact: true }).click();
	await expect(page.getByTestId('timeline')).toContainText('LANケーブルを抜いた');
	// Typed just now, no blur: the reload must not lose it.
	await page.getByLabel(/^6\. ウイルス/).fill('拡張子が変わった');
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(page.getByTestId('details-form')).toBeVisible();
	await expect(page.getByLabel(/^6\. ウイルス/)).toHaveValue('拡張子が変わった');
	await expect(page.getByLabel(/^5\. 事象が発生した日/)).toHaveValue(HOSTILE);
	await expect(page.getByLabel('2. 対象となる端末のOS')).toHaveValue('Windows 11');

	await page.getByRole('link', { name: '相談用の要約を作る' }).click();
	await expect(page.getByTestId('summary-body')).toBeVisible();
	await page.goto('/incident/summary?desk=ipa-anshin');
	const body = page.getByTestId('summary-body');
	await expect(body).toHaveValue(/OS: Windows 11/);
	await expect(page.getByRole('combobox', { name: '送り先の相談窓口' })).toHaveValue('ipa-anshin');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: '要約をコピー' }).click();
	await expect(page.getByText('コピーしました')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await body.inputValue());
	expect(copied).toContain('発見日時（日本時間）: 2026年3月2日（月）09:30');
	expect(copied).toContain('端末の種類: ノートパソコン');
	expect(copied).toContain('- 2026年3月2日（月）10:42 LANケーブルを抜いた');
	expect(copied).toContain(leaves(HOSTILE));
	expect(copied).toContain('拡張子が変わった');

	// A Japanese summary is too long for a mailto body: address and subject only, and we say so.
	await expect(page.getByText('要約が長いため')).toBeVisible();
	const href = (await page.getByTestId('mailto').getAttribute('href'))!;
	const url = new URL(href);
	expect(url.protocol).toBe('mailto:');
	expect(url.pathname).toBe('anshin@ipa.go.jp');
	expect(url.searchParams.get('subject')).toBe(await page.getByTestId('summary-subject').inputValue());
	expect(url.searchParams.get('body')).toBeNull();
	// The hostile text is shown as text, never run or parsed as markup.
	expect(await page.locator('script:text("alert")').count()).toBe(0);
});

test('a short summary goes whole into the mailto link', async ({ page }) => {
	await openDetails(page, '/en/incident/details');
	await page.getByLabel('2. Operating system of the device').fill('Android 15');
	await page.getByLabel('2. Operating system of the device').blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await page.goto('/en/incident/summary?desk=ipa-anshin');
	const body = page.getByTestId('summary-body');
	await expect(body).toHaveValue(/Operating system: Android 15/);
	const href = (await page.getByTestId('mailto').getAttribute('href'))!;
	expect(href.length).toBeLessThanOrEqual(1800);
	const url = new URL(href);
	expect(url.pathname).toBe('anshin@ipa.go.jp');
	expect(url.searchParams.get('subject')).toBe('Suspected cyber attack: request for advice');
	expect(url.searchParams.get('body')).toBe((await body.inputValue()).replace(/\n/g, '\r\n'));

	// Printing shows the summary alone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.shodo-summary-print pre')).toBeVisible();
	await expect(page.locator('.shodo-summary-print pre')).toContainText('Operating system: Android 15');
	await expect(page.getByRole('button', { name: 'Copy the summary' })).toBeHidden();
	await expect(page.locator('header').first()).toBeHidden();
});

test('export, clear the device, import: the same incident is back', async ({ page }) => {
	await openDetails(page);
	await page.getByLabel('1. 対象となる端末の種類').fill('スマートフォン');
	await page.getByLabel('1. 対象となる端末の種類').blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

	await page.goto('/incidents');
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	await expectNoAxeViolations(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'すべて書き出す' }).click();
	const download = await downloading;
	const text = await readFile((await download.path())!, 'utf8');
	const exported = JSON.parse(text);
	expect(exported).toMatchObject({ format: 'shodo-navi-export', version: 1 });
	expect(exported.incidents[0].details.deviceType).toBe('スマートフォン');

	const deleted = await clearDevice(page);
	expect(deleted).toBe('deleted');
	await page.reload();
	await expect(page.getByText('保存されている被害の記録はありません。')).toBeVisible();

	// A bad file changes nothing and says why.
	await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
	await expect(page.getByTestId('incidents-notice')).toContainText('JSON形式として読めません');
	await expect(page.getByTestId('incident-item')).toHaveCount(0);

	await page.getByTestId('import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByTestId('incidents-notice')).toContainText('読み込みました');
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	await page.getByRole('button', { name: /^開く/ }).click();
	await expect(page.getByLabel('1. 対象となる端末の種類')).toHaveValue('スマートフォン');
	expect(await storedIncidents(page)).toEqual([exported.incidents[0]]);
});

test('deleting asks first, in a dialog that can be cancelled', async ({ page }) => {
	await openDetails(page);
	await page.goto('/incidents');
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	await page.getByRole('button', { name: /^削除/ }).click();
	const dialog = page.getByRole('dialog', { name: 'この記録を削除しますか？' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	await page.getByRole('button', { name: /^削除/ }).click();
	await dialog.getByRole('button', { name: '削除する' }).click();
	await expect(page.getByTestId('incident-item')).toHaveCount(0);
	await expect(page.getByTestId('incidents-notice')).toContainText('削除しました');
});

test('a 100 KB paste is kept whole in the summary, with copy instead of mailto and QR', async ({ page }) => {
	const paste = ('<b>貼り付け</b>\u202E🙂 ').repeat(7_000) + 'END';
	expect(paste.length).toBeGreaterThan(100_000);
	await openDetails(page);
	await page.getByLabel(/^6\. ウイルス/).fill(paste);
	await page.getByLabel(/^6\. ウイルス/).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await expect(page.getByText('とても長い文章です')).toBeVisible();
	await page.goto('/incident/summary?desk=ipa-anshin');
	const body = page.getByTestId('summary-body');
	// Laying out 100,000 characters takes seconds on a 2-core machine running other tests beside it;
	// once, with the summary's code loading after the first paint, it took over 20 s there.
	await expect(body).toHaveValue(/END/, { timeout: 40_000 });
	const text = await body.inputValue();
	expect(text).toContain(leaves(paste));
	expect(text).toContain('（この要約は');
	await expect(page.getByText('要約が長いため')).toBeVisible();
	await page.getByRole('button', { name: 'QRコードを表示' }).click();
	await expect(page.getByText('要約が長すぎてQRコードに入りません')).toBeVisible();
	await expect(page.getByTestId('qr')).toHaveCount(0);
});

test('with about 700,000 characters recorded, typing the sender does not lay the whole summary out again on every key', async ({ page }) => {
	// Each time the summary's text is set, the browser lays out all of it: about 3 s a key at this
	// size on a 2-core machine. Count how often the text on screen is replaced while typing.
	await page.addInitScript(() => {
		const proto = HTMLTextAreaElement.prototype;
		const value = Object.getOwnPropertyDescriptor(proto, 'value')!;
		(window as unknown as { summarySets: number }).summarySets = 0;
		Object.defineProperty(proto, 'value', {
			get() {
				return value.get!.call(this);
			},
			set(text: string) {
				if (this.id === 'summary-body') (window as unknown as { summarySets: number }).summarySets++;
				value.set!.call(this, text);
			}
		});
	});
	await openDetails(page);
	const big = 'あいうえお漢字テキスト'.repeat(17_000);
	for (const label of ['1. 対象となる端末の種類', '2. 対象となる端末のOS', '3. インストールしているセキュリティソフトの名称', '4. 利用しているクラウドサービスの名称']) {
		await page.getByLabel(label).fill(`${big}${label}`);
		await page.getByLabel(label).blur();
	}
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
	await page.goto('/incident/summary?desk=ipa-anshin');
	const body = page.getByTestId('summary-body');
	await expect(body).toHaveValue(/4\. 利用しているクラウドサービスの名称/, { timeout: 30_000 });
	const before = await page.evaluate(() => (window as unknown as { summarySets: number }).summarySets);
	await page.locator('#sender-name').pressSequentially('山田太郎です', { delay: 30 });
	const during = (await page.evaluate(() => (window as unknown as { summarySets: number }).summarySets)) - before;
	expect(during, 'times the long summary was replaced while typing 6 characters').toBeLessThanOrEqual(1);
	await expect(page.locator('#sender-name')).toHaveValue('山田太郎です');
	// Once the typing pauses, the text on screen catches up, and copy always takes the current text.
	await expect(body).toHaveValue(/山田太郎です/, { timeout: 15_000 });
	await page.getByRole('button', { name: /コピー/ }).first().click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('山田太郎です');
});
