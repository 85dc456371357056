import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { controlledByServiceWorker, hydrated } from './helpers';

test.use({ viewport: { width: 360, height: 640 } });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const grouped = (hex: string) => hex.match(/.{8}/g)!.join(' ');
const PHOTO = readFileSync(fileURLToPath(new URL('../../static/icon-192.png', import.meta.url)));
const EML = Buffer.from(
	[
		'From: "Bank" <support@bank.example.invalid>',
		'To: you@example.invalid',
		'Subject: =?UTF-8?B?44CQ6YeN6KaB44CR5Y+j5bqn44KS5YGc5q2i44GX44G+44GX44Gf?=',
		'Date: Sun, 6 Dec 2026 09:12:00 +0900',
		'Content-Type: text/plain; charset=UTF-8',
		'',
		'https://bank.example.invalid/login',
		''
	].join('\r\n')
);

/** Every timeline entry of every incident on the device, read from IndexedDB (0 when there is no database yet). */
function timelineEntries(page: Page): Promise<number> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'shodo-navi')) return 0;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('shodo-navi');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		if (!db.objectStoreNames.contains('incidents')) return db.close(), 0;
		const all = await new Promise<{ timeline?: unknown[] }[]>((resolve) => {
			const r = db.transaction('incidents').objectStore('incidents').getAll();
			r.onsuccess = () => resolve(r.result);
		});
		db.close();
		return all.reduce((n, incident) => n + (incident.timeline?.length ?? 0), 0);
	});
}

/** Files in the service worker's share inbox, not yet added or refused. */
function inboxSize(page: Page): Promise<number> {
	return page.evaluate(async () => ((await caches.has('shodo-share-inbox')) ? (await (await caches.open('shodo-share-inbox')).keys()).length : 0));
}

type Part = { name: string; type: string; base64: string } | { name: string; type: string; zeros: number };

/**
 * What Android does when a file is shared to the installed app: a navigation that POSTs
 * multipart/form-data to the manifest's share_target action, with the fields it names.
 */
async function postShare(page: Page, fields: Record<string, string>, files: Part[]): Promise<void> {
	await Promise.all([
		page.waitForURL(/\/share-target\?share=/),
		page.evaluate(
			({ fields, files }) => {
				const form = document.createElement('form');
				form.method = 'post';
				form.enctype = 'multipart/form-data';
				form.action = '/share-target';
				for (const [name, value] of Object.entries(fields)) {
					const input = document.createElement('input');
					input.type = 'hidden';
					input.name = name;
					input.value = value;
					form.append(input);
				}
				const input = document.createElement('input');
				input.type = 'file';
				input.name = 'files';
				input.multiple = true;
				const list = new DataTransfer();
				for (const f of files) {
					const bytes = 'base64' in f ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : new Uint8Array(f.zeros);
					list.items.add(new File([bytes], f.name, { type: f.type }));
				}
				input.files = list.files;
				form.append(input);
				document.body.append(form);
				form.submit();
			},
			{ fields, files }
		)
	]);
	await hydrated(page);
}

test('a crafted link adds nothing until 「追加する」 is pressed; 「やめる」 adds nothing at all', async ({ page }) => {
	await page.goto('/');
	const planted = 'このリンクを開いた人の記録に勝手に入る文';
	await page.goto(`/share-target?text=${encodeURIComponent(planted)}`);
	await hydrated(page);
	const status = page.getByTestId('share-in-status');
	await expect(status).toContainText('まだ記録には入れていません');
	await expect(page.getByTestId('shared-text')).toHaveText(planted);
	await expect(page.getByTestId('share-in-destination')).toContainText('追加先');
	// Text alone: nothing is said about how files are kept.
	await expect(page.getByTestId('share-in-files-kept')).toHaveCount(0);
	// Give a page that writes on its own every chance to have done it.
	await page.waitForTimeout(1_000);
	expect(await timelineEntries(page)).toBe(0);

	await page.getByRole('button', { name: 'やめる' }).click();
	await expect(status).toContainText('追加しませんでした');
	expect(await timelineEntries(page)).toBe(0);
	expect(new URL(page.url()).search).toBe('');

	await page.goto(`/share-target?text=${encodeURIComponent(planted)}`);
	await hydrated(page);
	await expect(page.getByRole('button', { name: '追加する' })).toBeVisible();
	expect(await timelineEntries(page)).toBe(0);
	await page.getByRole('button', { name: '追加する' }).click();
	await expect(status).toContainText('「見たこと」として経過記録に追加しました');
	expect(await timelineEntries(page)).toBe(1);

	// In English too.
	await page.goto(`/en/share-target?text=${encodeURIComponent('planted')}`);
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: "Don't add" })).toBeVisible();
	expect(await timelineEntries(page)).toBe(1);
});

test('an image and an .eml shared from another app, offline, become evidence with their SHA-256; the text with them lands once', async ({ page, context }) => {
	await page.goto('/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	const note = '届いたSMSの画面と、そのメール';
	await postShare(page, { title: '', text: note, url: '' }, [
		{ name: 'sms.png', type: 'image/png', base64: PHOTO.toString('base64') },
		{ name: 'bank.eml', type: 'message/rfc822', base64: EML.toString('base64') }
	]);
	await expect(page.getByTestId('share-in-status')).toContainText('まだ記録には入れていません');
	await expect(page.getByTestId('shared-files')).toContainText('sms.png');
	await expect(page.getByTestId('shared-files')).toContainText('bank.eml');
	await expect(page.getByTestId('shared-text')).toHaveText(note);
	expect(await timelineEntries(page)).toBe(0);

	await expect(page.getByTestId('share-in-files-kept')).toContainText('中身が変わっていないこと');
	await page.getByRole('button', { name: '追加する' }).click();
	await expect(page.getByTestId('share-in-status')).toContainText('「見たこと」として経過記録に追加しました');
	expect(await timelineEntries(page)).toBe(2);
	expect(await inboxSize(page)).toBe(0);
	// A reload asks nothing and adds nothing.
	await page.reload();
	await hydrated(page);
	await expect(page.getByTestId('share-in-status')).toContainText('共有された文字やURLはありませんでした');
	expect(await timelineEntries(page)).toBe(2);

	await page.goto('/incident/details');
	await expect(page.getByTestId('evidence-list')).toBeVisible();
	const hashes = await page.getByTestId('evidence-hash').allTextContents();
	expect(hashes.sort()).toEqual([grouped(sha256(PHOTO)), grouped(sha256(EML))].sort());
	// The text is the first file's caption, and nowhere else.
	await expect(page.getByTestId('evidence-list')).toContainText(`${note}（sms.png）`);
	await expect(page.getByTestId('evidence-list')).toContainText('bank.eml');
	const timeline = page.getByTestId('timeline');
	await expect(timeline.locator('li')).toHaveCount(2);
	await expect(timeline.getByText(note)).toHaveCount(1);
	await expect(timeline).toContainText('bank.eml');
});

test('a shared file over the size limit gets the details page\'s message, and nothing is written', async ({ page, context }) => {
	await page.goto('/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await postShare(page, { text: '' }, [{ name: 'huge.png', type: 'image/png', zeros: 20_000_001 }]);
	const message = page.getByTestId('shared-file-too-large');
	await expect(message).toContainText('「huge.png」は');
	await expect(message).toContainText('大きすぎるため保存できませんでした');
	await expect(page.getByRole('button', { name: '追加する' })).toHaveCount(0);
	await page.getByRole('button', { name: 'やめる' }).click();
	await expect(page.getByTestId('share-in-status')).toContainText('追加しませんでした');
	expect(await timelineEntries(page)).toBe(0);
	expect(await inboxSize(page)).toBe(0);
});
