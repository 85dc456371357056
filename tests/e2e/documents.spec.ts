import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pdfText } from './pdf-text';

/** Line breaks and spaces fall where the printed layout puts them: compare without them. */
/** Line breaks and spaces fall where the printed layout puts them, and the PDF's ToUnicode maps
 * some kanji to their compatibility forms (人 as ⼈): compare in NFKC without white space. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const PHOTO_PATH = fileURLToPath(new URL('../../static/icon-192.png', import.meta.url));

test.use({ viewport: { width: 360, height: 640 }, permissions: ['clipboard-read', 'clipboard-write'] });

/** Enters a case through the screens, as a person would: details, a contact, a photo, the sender. */
async function enterCase(page: Page) {
	await page.goto('/incident/details');
	await expect(page.getByTestId('details-form')).toBeVisible();
	await page.getByLabel('気づいた日時（日本時間）').fill('2026-03-02T09:30');
	await page.getByLabel('気づいた日時（日本時間）').blur();
	await page.getByLabel(/^5\. 事象が発生した日/).fill('顧客名簿のサーバーに不正ログインされた形跡があった');
	await page.getByLabel(/^6\. /).fill('見覚えのない海外からのログイン記録');
	await page.getByLabel(/^6\. /).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await page.getByLabel('相談窓口').selectOption('ipa-anshin');
	await page.getByLabel('受付番号（あれば）').fill('R-20260302-77');
	await page.getByRole('button', { name: '連絡の記録を追加' }).click();
	await expect(page.getByText('受付番号: R-20260302-77')).toBeVisible();
	await page.getByTestId('evidence-file').setInputFiles({ name: 'login-log.png', mimeType: 'image/png', buffer: await readFile(PHOTO_PATH) });
	await expect(page.getByTestId('evidence-list')).toContainText('login-log.png');

	await page.goto('/incident/summary');
	await page.getByLabel('氏名').fill('山田花子');
	await page.getByLabel('所属（会社名など）').fill('山田商店');
	await page.getByLabel('所属（会社名など）').blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

const WANT = ['山田花子', '山田商店', '顧客名簿のサーバーに不正ログインされた形跡があった', '見覚えのない海外からのログイン記録', 'R-20260302-77', 'login-log.png'];

test('the 被害届 sheet carries what was entered, on screen and in the printed PDF (A4)', async ({ page }) => {
	await enterCase(page);
	const hash = createHash('sha256').update(await readFile(PHOTO_PATH)).digest('hex');
	await page.goto('/incident/summary');
	await page.getByRole('link', { name: '被害届の準備シート（警察署に持っていく）' }).click();
	const sheet = page.getByTestId('police-sheet');
	await expect(sheet).toContainText('山田花子');
	for (const want of [...WANT, hash, '2026年3月2日（月）09:30', '正式な被害届の様式ではありません']) await expect(sheet).toContainText(want);

	// In print, the sheet alone shows: the navigation and buttons are hidden.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '印刷する（A4）' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: /被害の記録/ })).toBeHidden();
	await expect(sheet.getByText('山田花子')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	const pdf = await page.pdf({ preferCSSPageSize: true });
	const { pages, text } = pdfText(pdf);
	expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual(pages.map(() => [595, 842]));
	for (const want of [...WANT, hash, '被害届の準備シート', '正式な被害届の様式ではありません']) expect(squash(text)).toContain(squash(want));
	expect(squash(text)).not.toContain('印刷する（A4）');
});

test('the PPC draft carries what was entered in its nine items, with the deadlines on top and copy per field', async ({ page }) => {
	await enterCase(page);
	await page.goto('/incident/ppc-draft');
	await expect(page.getByTestId('ppc-deadlines')).toContainText('気づいた日：2026年3月2日（月）');
	await expect(page.getByTestId('ppc-deadlines')).toContainText('速報：速やかに（目安は 2026年3月6日（金） まで）');
	await expect(page.getByTestId('ppc-deadlines')).toContainText('確報：2026年3月31日（火） まで（30日以内）');
	await expect(page.getByTestId('ppc-items').getByRole('listitem')).toHaveCount(9);
	await expect(page.getByTestId('ppc-field-outline')).toHaveValue(/2026年3月2日（月）09:30に気づきました。\n顧客名簿のサーバーに不正ログインされた形跡があった/);
	await expect(page.getByTestId('ppc-field-cause')).toHaveValue(/見覚えのない海外からのログイン記録/);
	await expect(page.getByTestId('ppc-field-other')).toHaveValue(/R-20260302-77/);
	await expect(page.getByTestId('ppc-notice')).toHaveValue(/山田商店からのお知らせとお詫び/);

	await page.getByRole('button', { name: '「4. 原因」をコピー' }).click();
	await expect(page.getByText('コピーしました')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('見覚えのない海外からのログイン記録');

	const { text } = pdfText(await page.pdf({ format: 'A4' }));
	for (const want of ['顧客名簿のサーバーに不正ログインされた形跡があった', 'R-20260302-77', '3. 本人の数', '山田商店からのお知らせとお詫び']) expect(squash(text)).toContain(squash(want));
});

test('the J-CRAT help gives steps for Outlook, Gmail and iPhone Mail, marked as older guidance', async ({ page }) => {
	await page.goto('/incident/forward-email');
	await expect(page.getByTestId('older-guidance')).toContainText('古い案内');
	for (const id of ['outlook', 'gmail', 'iphone']) {
		const client = page.getByTestId(`client-${id}`);
		await client.locator('summary').click();
		await expect(client.getByRole('listitem').first()).toBeVisible();
	}
	await expect(page.getByTestId('client-gmail')).toContainText('添付ファイルとして転送');
});
