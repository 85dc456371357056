import { expect, test, type Page } from '@playwright/test';
import { enhanced, hydrated, malwareAlert, option, roleHints, roleNames, triage } from './helpers';
import { ROLES } from '../../src/lib/profile/roles';

/** Fills the profile of a small company with an お助け隊 contract and its usual PC. */
async function fillProfile(page: Page) {
	await page.goto('/profile');
	await hydrated(page);
	await page.getByLabel('会社・団体').check();
	const otasuketai = page.locator('fieldset[data-role="otasuketai"]');
	await otasuketai.getByLabel('名前（会社名・サービス名・担当者名）').fill('まもるくんサポート');
	await otasuketai.getByLabel('24時間窓口の電話番号').fill('0120-000-111');
	await otasuketai.getByLabel('契約番号').fill('OT-12345');
	await page.getByLabel('1. 対象となる端末の種類').fill('ノートパソコン');
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('a profile with an お助け隊 contract puts it first for a malware alert, and in the summary addressee list', async ({ page }) => {
	await fillProfile(page);

	await malwareAlert(page);
	const first = page.getByTestId('result-desks').locator('[data-desk]').first();
	await expect(first).toHaveAttribute('data-desk', 'own-otasuketai');
	await expect(first.getByTestId('reason')).toHaveText('平時の備えに登録した契約先です。まず連絡します（24時間窓口: 0120-000-111）。');
	// Same card as any desk: the call button dials the contract's line.
	await expect(first.getByTestId('main-contact')).toHaveAttribute('href', 'tel:0120-000-111');
	await first.getByTestId('desk-more').click();
	await expect(first).toContainText('契約番号: OT-12345');

	// The summary addressed to it, from its card; it is in the addressee list like any desk.
	await first.getByTestId('summary-for-desk').click();
	await expect(page).toHaveURL(/\/incident\/summary\?desk=own-otasuketai/);
	const select = page.locator('#summary-desk');
	await expect(select).toHaveValue('own-otasuketai');
	await expect(page.getByTestId('own-addressees').locator('option')).toHaveText(['お助け隊サービスの契約先（まもるくんサポート）']);
	await expect(page.getByTestId('summary-body')).toHaveValue(/^まもるくんサポート ご担当者様\n/);

	// The new incident started with item 1 of the details from the profile.
	await page.goto('/incident/details');
	await expect(page.getByLabel('1. 対象となる端末の種類')).toHaveValue('ノートパソコン');
});

test('a new incident started on the details page or from the list starts with the usual devices, and never over what was typed', async ({ page }) => {
	await fillProfile(page);
	const device = page.getByLabel('1. 対象となる端末の種類');

	// No triage first: the details page opens a new incident, filled from the profile.
	await page.goto('/incident/details');
	await hydrated(page);
	await expect(device).toHaveValue('ノートパソコン');

	// What the user types is theirs: after a reload the profile does not write over it.
	await device.fill('スマートフォン');
	await page.reload();
	await hydrated(page);
	await expect(device).toHaveValue('スマートフォン');

	// A second incident, started from the list, starts from the profile too.
	await page.goto('/incidents');
	await hydrated(page);
	await page.getByRole('button', { name: '新しい被害の記録を始める' }).click();
	await expect(page).toHaveURL(/\/incident\/details/);
	await expect(device).toHaveValue('ノートパソコン');
	await expect(page.getByLabel('2. 対象となる端末のOS')).toHaveValue('');
});

test('without a profile the triage recommends as before', async ({ page }) => {
	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const value of ['no', 'organisation', 'malware']) await option(page, value).click();
	await expect(page.getByTestId('result-desks').locator('[data-desk^="own-"]')).toHaveCount(0);
	await expect(page.getByTestId('refine')).toBeVisible();
});

/** Pages in a PDF made by Chromium (each page object is written uncompressed), and the first page's size in points. */
function pdfPages(pdf: Buffer): { count: number; box: number[] } {
	const text = pdf.toString('latin1');
	const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
	const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(text)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
	return { count, box };
}

/** Every contact filled to the brim, in Tokyo (two more desks on the card): the most a card has to hold. */
async function fillEverything(page: Page) {
	await fillProfile(page);
	await page.locator('#prefecture').selectOption('JP-13');
	for (const role of ['manager', 'otasuketai', 'itVendor', 'insurer', 'bank']) {
		const set = page.locator(`fieldset[data-role="${role}"]`);
		if (role !== 'otasuketai') await set.getByLabel('名前（会社名・サービス名・担当者名）').fill('株式会社サンプル情報システムサービス 担当 山田太郎');
		await set.getByLabel('電話番号', { exact: true }).fill('03-1234-5678');
		await set.getByLabel('メールアドレス').fill('support-desk@example.co.jp');
		await set.getByLabel('メモ（受付時間など）').fill('平日9時から18時。夜間は留守番電話に名前と会社名を残すと折り返しがあります。');
		if (role === 'otasuketai') continue;
		const urgent = set.getByLabel(/事故受付|紛失・盗難/);
		if ((await urgent.count()) > 0) await urgent.fill('0120-123-456');
		const reference = set.getByLabel(/番号（|証券番号|保守契約/);
		if ((await reference.count()) > 0) await reference.fill('ABC-1234567-890');
	}
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

for (const size of ['a4', 'wallet'] as const) {
	test(`the emergency card prints on one A4 page (${size}) with the rules, 110, our contacts, the desks, the date and the app's address`, async ({ page }) => {
		await fillEverything(page);
		await page.goto(`/card?size=${size}`);
		await hydrated(page);
		const card = page.getByTestId('emergency-card');
		await expect(card.getByTestId('card-own')).toContainText('0120-000-111');
		// Lay it out as the printer does: print media, on the printable width of A4 (210 mm less 10 mm margins).
		const mm = 96 / 25.4;
		await page.setViewportSize({ width: Math.floor(190 * mm), height: Math.floor(277 * mm) });
		await page.emulateMedia({ media: 'print' });

		// What the printed page holds: only the card, with every part.
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
		await expect(card).toContainText('ネットから切り離す。電源は入れたまま');
		await expect(card).toContainText('110番');
		await expect(card.getByTestId('card-own')).toContainText(size === 'a4' ? 'お助け隊サービスの契約先（まもるくんサポート）' : 'お助け隊サービスの契約先 0120-000-111 まもるくんサポート');
		await expect(card.getByTestId('card-own')).toContainText('契約番号: OT-12345');
		await expect(card.getByTestId('card-desks')).toContainText('#9110');
		await expect(card.getByTestId('card-printed')).toHaveText(/^印刷した日: \d{4}年\d{1,2}月\d{1,2}日/);
		const origin = new URL(page.url()).origin;
		await expect(card.getByTestId('card-url')).toHaveText(`${origin}/`);
		await expect(card.locator('svg.qr path')).toHaveAttribute('d', /^M/);

		// Nothing is cut off: no panel overflows, and the card fits the printable area (A4 less 10 mm margins).
		const overflow = await card.locator('.panel').evaluateAll((panels) => panels.filter((p) => p.scrollHeight > p.clientHeight + 1).length);
		expect(overflow).toBe(0);
		const box = (await card.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(190 * mm + 1);
		expect(box.height).toBeLessThanOrEqual(size === 'a4' ? 277 * mm : 110 * mm);
		if (size === 'wallet') {
			const panel = (await card.locator('.panel').first().boundingBox())!;
			expect(Math.round(panel.width / mm)).toBe(85);
			expect(Math.round(panel.height / mm)).toBe(54);
		}

		const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pdf.count).toBe(1);
		// A4 in points (595 × 842), as the card's @page asks.
		expect(Math.round(pdf.box[2]!)).toBe(595);
		expect(Math.round(pdf.box[3]!)).toBe(842);
	});
}

/** Moves the stored profile's review (and last change) back in time, as if a year had passed. */
async function ageProfile(page: Page, iso: string) {
	await page.evaluate(
		(at) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('shodo-navi');
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction('meta', 'readwrite').objectStore('meta');
					const get = store.get('profile');
					get.onsuccess = () => {
						const put = store.put({ ...get.result, reviewedAt: at, updatedAt: at }, 'profile');
						put.onsuccess = () => {
							db.close();
							resolve();
						};
						put.onerror = () => reject(put.error);
					};
				};
				open.onerror = () => reject(open.error);
			}),
		iso
	);
}

test('the home page reminds a year after the contacts were checked, below its first screen, until they are checked again', async ({ page }) => {
	await fillProfile(page);
	await page.goto('/');
	await enhanced(page);
	await expect(page.getByTestId('home-prepare').getByRole('link', { name: '連絡先と機器を登録する' })).toBeVisible();
	await expect(page.getByTestId('review-reminder')).toHaveCount(0);

	const yearAgo = new Date(Date.now() - 366 * 24 * 60 * 60 * 1000).toISOString();
	await ageProfile(page, yearAgo);
	await page.setViewportSize({ width: 360, height: 640 });
	await page.reload();
	await enhanced(page);
	const reminder = page.getByTestId('review-reminder');
	await expect(reminder).toContainText('連絡先の確認から1年が経ちました');
	await expect(reminder).not.toBeInViewport();

	await reminder.getByRole('link').click();
	await hydrated(page);
	await page.getByRole('button', { name: '内容を確認しました' }).click();
	await expect(page.getByTestId('reviewed-at')).toContainText('最後に確認した日');
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await page.goto('/');
	await enhanced(page);
	await expect(page.getByTestId('home-prepare')).toBeVisible();
	await expect(page.getByTestId('review-reminder')).toHaveCount(0);
});

for (const locale of ['ja', 'en'] as const) {
	test(`each own contact has one name (${locale}): the form names it as the emergency card does, both from the content`, async ({ page }) => {
		const prefix = locale === 'ja' ? '' : '/en';
		const names = roleNames(locale);
		const hints = roleHints(locale);
		await page.goto(`${prefix}/profile`);
		await hydrated(page);
		await page.locator('input[name="kind"][value="organisation"]').check();
		for (const role of ROLES) await page.locator(`#${role}-phone`).fill('03-1234-5678');
		await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

		// The form: each contact's group is named by its one name; a hint, where there is one, describes it.
		const legends = page.locator('fieldset[data-role] > legend');
		await expect(legends).toHaveText(ROLES.map((r) => names[r]));
		for (const role of ROLES) {
			const group = page.getByRole('group', { name: names[role], exact: true });
			if (hints[role]) await expect(group).toHaveAccessibleDescription(hints[role]);
			else await expect(group).not.toHaveAttribute('aria-describedby');
		}
		const onForm = (await legends.allTextContents()).map((t) => t.trim());

		// The card, in both sizes, names each contact with the words the form gave it.
		for (const size of ['a4', 'wallet']) {
			await page.goto(`${prefix}/card?size=${size}`);
			await hydrated(page);
			await expect(page.getByTestId('card-own').locator('li > strong')).toHaveText(onForm);
		}
	});
}

test('a field reached from below stops under the sticky save bar, not behind it (WCAG 2.4.11)', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/profile');
	await hydrated(page);
	await page.getByLabel('会社・団体').check();
	const bar = page.locator('.status[data-sticky-top]');
	await expect(bar).toBeVisible();
	const field = page.locator('fieldset[data-role="itVendor"]').getByLabel('メールアドレス');
	// Brought to the top of the screen, as a link to it does (Chromium centres a field that focus
	// scrolls to, but other browsers and links align it to the top edge), then focused.
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await field.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await field.focus();
	await expect(field).toBeFocused();
	const barBox = (await bar.boundingBox())!;
	const fieldBox = (await field.boundingBox())!;
	expect(barBox.y).toBeLessThanOrEqual(1);
	expect(fieldBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
	expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(640);
});
