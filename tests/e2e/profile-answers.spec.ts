import { expect, test, type Page } from '@playwright/test';
import { atStep, hydrated, malwareAlert, option, triage } from './helpers';

/** A small company's profile with an お助け隊 contract. */
async function fillProfile(page: Page, name = 'まもるくんサポート') {
	await page.goto('/profile');
	await hydrated(page);
	await page.getByLabel('会社・団体').check();
	const otasuketai = page.locator('fieldset[data-role="otasuketai"]');
	await otasuketai.getByLabel('名前（会社名・サービス名・担当者名）').fill(name);
	await otasuketai.getByLabel('24時間窓口の電話番号').fill('0120-000-111');
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('with an お助け隊 contract in the profile the triage does not ask about it: the contract is first, with the reason, and the answer can still be changed', async ({ page }) => {
	await fillProfile(page);
	await malwareAlert(page);

	// The support-contract question is passed over: the next follow-up is asked instead.
	await atStep(page, 'personalData');
	await expect(page.getByTestId('refine')).not.toContainText('お助け隊サービス」を契約していますか');
	const first = page.getByTestId('result-desks').locator('[data-desk]').first();
	await expect(first).toHaveAttribute('data-desk', 'own-otasuketai');
	await expect(first.getByTestId('reason')).toHaveText('平時の備えに登録した契約先です。まず連絡します（24時間窓口: 0120-000-111）。');
	// Under the desks, the answer the profile gave is shown as such, with 「変更」.
	const preset = page.getByTestId('answers').locator('[data-question="orgSupport"]');
	await expect(preset).toContainText('契約している');
	await expect(preset).toContainText('平時の備えから');

	// A reload keeps the step and the answer from the profile.
	await page.reload();
	await hydrated(page);
	await atStep(page, 'personalData');
	await expect(page.getByTestId('answers').locator('[data-question="orgSupport"]')).toContainText('平時の備えから');

	// Changing it: the question shows with the profile's answer, and a no takes the contract off the list.
	await page.getByTestId('answers').locator('[data-question="orgSupport"]').getByRole('button', { name: '変更' }).click();
	await atStep(page, 'orgSupport');
	await expect(page.getByTestId('refine').locator('button[data-value="yes"]')).toContainText('前の回答');
	await page.getByTestId('refine').locator('button[data-value="no"]').click();
	await expect(page.getByTestId('result-desks').locator('[data-desk="own-otasuketai"]')).toHaveCount(0);
	await expect(page.getByTestId('answers').locator('[data-question="orgSupport"]')).not.toContainText('平時の備えから');
});

test('without a profile the triage still asks about a support contract', async ({ page }) => {
	await malwareAlert(page);
	await atStep(page, 'orgSupport');
	await expect(page.getByTestId('refine')).toContainText('「サイバーセキュリティお助け隊サービス」を契約していますか？');
	await expect(page.getByTestId('result-desks').locator('[data-desk^="own-"]')).toHaveCount(0);
});

test('a drill uses the profile the same way: the contract question is not asked', async ({ page }) => {
	await fillProfile(page);
	await page.goto('/drill');
	await hydrated(page);
	await page.locator('button[data-scenario="ransomware"]').click();
	const drill = page.getByTestId('drill-triage');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const value of ['no', 'organisation', 'ransomware']) await drill.locator(`button[data-value="${value}"]`).click();
	await expect(drill).not.toHaveAttribute('data-step', 'orgSupport');
	await expect(drill.getByTestId('result-desks').locator('[data-desk]').first()).toHaveAttribute('data-desk', 'own-otasuketai');
});

/** An export file holding only a profile, as the incidents page writes one. */
function exportWith(profile: unknown): Buffer {
	return Buffer.from(JSON.stringify({ profile, format: 'shodo-navi-export', version: 1, exportedAt: '2026-06-02T00:00:00.000Z', incidents: [] }));
}
const storedProfile = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<{ contacts: { otasuketai: { name: string } } }>((resolve, reject) => {
				const open = indexedDB.open('shodo-navi');
				open.onsuccess = () => {
					const get = open.result.transaction('meta').objectStore('meta').get('profile');
					get.onsuccess = () => {
						open.result.close();
						resolve(get.result);
					};
					get.onerror = () => reject(get.error);
				};
				open.onerror = () => reject(open.error);
			})
	);

test('importing a file whose profile differs asks which to keep; a malformed one is named and changes nothing', async ({ page }) => {
	await fillProfile(page, '端末のサポート');
	const mine = await storedProfile(page);
	const theirs = { ...mine, contacts: { ...mine.contacts, otasuketai: { ...mine.contacts.otasuketai, name: 'ファイルのサポート' } } };

	await page.goto('/incidents');
	await hydrated(page);
	const notice = page.getByTestId('incidents-notice');
	const file = page.getByTestId('import-file');

	// Keep mine (the default choice): nothing changes, and the notice says so.
	await file.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exportWith(theirs) });
	const choice = page.getByTestId('profile-choice');
	await expect(choice).toContainText('端末: 端末のサポート');
	await expect(choice).toContainText('ファイル: ファイルのサポート');
	await expect(choice.getByLabel('端末の平時の備えを残す')).toBeChecked();
	await page.getByRole('button', { name: '読み込む', exact: true }).click();
	await expect(notice).toContainText('平時の備えは、端末の内容をそのまま残しました。');
	expect((await storedProfile(page)).contacts.otasuketai.name).toBe('端末のサポート');

	// Use the file's.
	await file.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exportWith(theirs) });
	await page.getByTestId('profile-choice').getByLabel('ファイルの平時の備えを使う（端末のものは置き換わります）').check();
	await page.getByRole('button', { name: '読み込む', exact: true }).click();
	await expect(notice).toContainText('平時の備えを、ファイルの内容に置き換えました。');
	expect((await storedProfile(page)).contacts.otasuketai.name).toBe('ファイルのサポート');

	// A malformed profile: a clear message, and the device's stays.
	await file.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exportWith({ schemaVersion: 1, kind: 'robot' }) });
	await expect(page.getByTestId('profile-choice')).toHaveCount(0);
	await expect(notice).toContainText('ファイルの平時の備えは読み取れなかったため、読み込みませんでした');
	expect((await storedProfile(page)).contacts.otasuketai.name).toBe('ファイルのサポート');
});

test('our own contacts can be chosen in the details’ contacts made, like desks', async ({ page }) => {
	await fillProfile(page);
	await page.goto('/incident/details');
	await hydrated(page);
	const select = page.locator('#contact-desk');
	await expect(select.getByTestId('own-contact-options').locator('option')).toHaveText(['お助け隊サービスの契約先（まもるくんサポート）']);
	await select.selectOption('own-otasuketai');
	await page.getByLabel('受付番号（あれば）').fill('受付 A-1');
	await page.getByRole('button', { name: '連絡の記録を追加' }).click();
	await expect(page.getByTestId('contacts')).toContainText('お助け隊サービスの契約先（まもるくんサポート）');
	await expect(page.getByTestId('contacts')).toContainText('受付 A-1');
});
