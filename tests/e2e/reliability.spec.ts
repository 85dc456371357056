import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { serve } from '../../scripts/serve.mjs';
import { buildDir } from './pages';
import { ALONE, acrossKill9, controlledByServiceWorker, hydrated, storedIncidents as readStored } from './helpers';
import { updateBuildDir } from './global-setup';

// Every test here counts what was lost and asserts 0.

const OS = '2. 対象となる端末のOS';
const WHAT = /^5\. 事象が発生した日/;
const WHY = /^6\. /;

async function openDetails(page: Page, path = '/incident/details') {
	await page.goto(path);
	await expect(page.getByTestId('details-form')).toBeVisible();
}

/** The app's records, whole, read straight from IndexedDB (./helpers.ts). */
const storedIncidents = (page: Page) => readStored<{ id: string; details: { os: string; whatHappened: string }; timeline: { text: string }[]; contacts: { reference: string }[] }>(page);

/** Characters of `typed` that `kept` does not hold (typing only appends). */
const lostChars = (typed: string, kept: string) => (kept.startsWith(typed) ? 0 : Math.max(1, typed.length - kept.length));

/**
 * A full disk, as the browser reports it: every IndexedDB put after the first `allowed` fails with
 * QuotaExceededError. (CDP Storage.overrideQuotaForOrigin was tried first: on this Chromium 156 it
 * changes neither navigator.storage.estimate() nor what a transaction may write, so it cannot
 * stand for a full disk here.) Returns a function that gives the room back.
 */
async function fillDisk(page: Page, allowed = 0) {
	await page.evaluate((allowed) => {
		const w = window as unknown as { __realPut?: typeof IDBObjectStore.prototype.put };
		w.__realPut ??= IDBObjectStore.prototype.put;
		const real = w.__realPut;
		let left = allowed;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (left-- > 0) return real.apply(this, args);
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	}, allowed);
	return () =>
		page.evaluate(() => {
			const w = window as unknown as { __realPut?: typeof IDBObjectStore.prototype.put };
			if (w.__realPut) IDBObjectStore.prototype.put = w.__realPut;
		});
}

test.describe('no storage at all', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			};
		});
	});

	test('the triage, details and summary go on in memory, with a warning and ways to keep the text', async ({ page }) => {
		await page.goto('/triage');
		await expect(page.getByRole('heading', { name: 'まず、被害を広げないために' })).toBeVisible();
		const warning = page.getByTestId('storage-warning');
		await expect(warning).toContainText('このタブを閉じると、入力した内容は消えます');
		await warning.getByText('内容を残す方法').click();
		await expect(warning.getByRole('button', { name: 'ファイルに書き出す' })).toBeVisible();
		await expect(warning.getByRole('button', { name: 'このページを印刷する' })).toBeVisible();
		await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
		await expect(page.getByTestId('triage')).not.toHaveAttribute('data-step', 'firstAid');

		// Following a link inside the app keeps the tab's memory (a full reload would not).
		await page.evaluate(() => {
			const link = Object.assign(document.createElement('a'), { href: '/incident/details', textContent: 'details' });
			document.body.append(link);
			link.click();
		});
		await expect(page.getByTestId('details-form')).toBeVisible();
		await expect(page.getByTestId('storage-warning')).toBeVisible();
		const typed = 'Windows 11 メモリだけ';
		await page.getByLabel(OS).fill(typed);
		await page.getByLabel(OS).blur();
		await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
		await page.getByRole('link', { name: '相談用の要約' }).first().click();
		const body = page.getByTestId('summary-body');
		await expect(body).toBeVisible();
		expect(lostChars(typed, /OS: (.*)/.exec(await body.inputValue())?.[1] ?? '')).toBe(0);

		const downloading = page.waitForEvent('download');
		await page.getByTestId('storage-warning').getByRole('button', { name: 'ファイルに書き出す' }).click();
		const file = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
		expect(file.incidents[0].details.os).toBe(typed);
	});
});

test.describe('a killed browser', () => {
	for (const after of [50, 300, 1000]) {
		test(`loses nothing typed ${after} ms before kill -9`, ALONE, async ({ baseURL }) => {
			const typed = ['最初の行', 'つぎの行'].map((s) => `${s} ${after}ms`);
			const lost = await acrossKill9(
				async (context) => {
					const page = await context.newPage();
					await openDetails(page, baseURL + '/incident/details');
					await page.getByLabel(OS).click();
					await page.keyboard.type(typed[0]!, { delay: 15 });
					await page.getByLabel(WHAT).click();
					await page.keyboard.type(typed[1]!, { delay: 15 });
				},
				async (context) => {
					const again = await context.newPage();
					await openDetails(again, baseURL + '/incident/details');
					return (
						lostChars(typed[0]!, await again.getByLabel(OS).inputValue()) + lostChars(typed[1]!, await again.getByLabel(WHAT).inputValue())
					);
				},
				after
			);
			expect(lost).toBe(0);
		});

	}

	test('loses nothing typed 50 ms before kill -9 beside a 100 KB log, and the log is kept whole', ALONE, async ({ baseURL }) => {
		// A text this long is stored in a record of its own (src/lib/storage/long-texts.ts) and not
		// written again while another field is typed in: both must come back after the kill.
		const log = '2026-12-01 03:12:09 ERROR 認証に失敗しました user=admin\n'.repeat(2_000);
		const typed = '画面に身代金の要求が出た';
		const lost = await acrossKill9(
			async (context) => {
				const page = await context.newPage();
				await openDetails(page, baseURL + '/incident/details');
				await page.getByLabel(WHAT).fill(log);
				await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
				await page.getByLabel(WHY).click();
				await page.keyboard.type(typed, { delay: 15 });
			},
			async (context) => {
				const again = await context.newPage();
				await openDetails(again, baseURL + '/incident/details');
				const [stored] = await readStored<{ details: { whatHappened: unknown; whySuspected: string } }>(again);
				const texts = await again.evaluate(async () => {
					const db = await new Promise<IDBDatabase>((resolve) => {
						const r = indexedDB.open('shodo-navi');
						r.onsuccess = () => resolve(r.result);
					});
					const n = await new Promise<number>((resolve) => {
						const r = db.transaction('texts').objectStore('texts').count();
						r.onsuccess = () => resolve(r.result);
					});
					db.close();
					return n;
				});
				expect(texts, 'the log in a record of its own').toBe(1);
				expect(stored!.details.whatHappened === log, 'the log read back whole from the disk').toBe(true);
				return lostChars(typed, await again.getByLabel(WHY).inputValue()) + lostChars(log, await again.getByLabel(WHAT).inputValue());
			},
			50
		);
		expect(lost).toBe(0);
	});
});

test.describe('two tabs', () => {
	test('different fields, the same field and a stale tab: both texts kept, the conflict on screen', async ({ context }) => {
		const a = await context.newPage();
		await openDetails(a);
		const b = await context.newPage();
		await openDetails(b);

		// Different fields.
		await b.getByLabel(WHAT).fill('Bで書いた長い説明文。');
		await b.getByLabel(WHAT).blur();
		await a.getByLabel(OS).fill('Android 15');
		await a.getByLabel(OS).blur();
		// A hears B and shows its text.
		await expect(a.getByLabel(WHAT)).toHaveValue('Bで書いた長い説明文。');
		await expect(b.getByLabel(OS)).toHaveValue('Android 15');

		// A stale tab: C opened before B writes again, without hearing it (its channel is closed).
		const c = await context.newPage();
		await c.addInitScript(() => {
			BroadcastChannel.prototype.addEventListener = () => {};
		});
		await openDetails(c);
		await b.getByLabel(WHAT).fill('Bで書いた長い説明文。追記した。');
		await b.getByLabel(WHAT).blur();
		await c.getByLabel(WHAT).fill('Cで上書きしそうな文。');
		await c.getByLabel(WHAT).blur();
		await expect(c.getByTestId('editor-notice')).toContainText('両方を残しています');
		const [stored] = await storedIncidents(a);
		let lost = 0;
		for (const text of ['Bで書いた長い説明文。追記した。', 'Cで上書きしそうな文。']) if (!stored!.details.whatHappened.includes(text)) lost += text.length;
		if (stored!.details.os !== 'Android 15') lost += 'Android 15'.length;
		expect(lost).toBe(0);
		await expect(a.getByLabel(WHAT)).toHaveValue(stored!.details.whatHappened);
	});

	test('timeline entries added from both tabs at the same moment are all stored and shown', async ({ context }) => {
		const a = await context.newPage();
		await openDetails(a);
		const b = await context.newPage();
		await openDetails(b);
		const add = async (page: Page, text: string) => {
			await page.getByLabel('内容', { exact: true }).fill(text);
			await page.getByRole('button', { name: '記録を追加', exact: true }).click();
			await expect(page.getByLabel('内容', { exact: true })).toHaveValue('');
		};
		await Promise.all([
			(async () => {
				for (let i = 0; i < 5; i++) await add(a, `A-${i}`);
			})(),
			(async () => {
				for (let i = 0; i < 5; i++) await add(b, `B-${i}`);
			})()
		]);
		const [stored] = await storedIncidents(a);
		const want = [...Array.from({ length: 5 }, (_, i) => `A-${i}`), ...Array.from({ length: 5 }, (_, i) => `B-${i}`)];
		expect(want.filter((t) => !stored!.timeline.some((e) => e.text === t))).toEqual([]);
		await expect(a.getByTestId('timeline').locator('li')).toHaveCount(10);
		await expect(b.getByTestId('timeline').locator('li')).toHaveCount(10);
	});

	test('a quick note goes to the incident the tab opened, after another tab switched the current one', async ({ context }) => {
		const a = await context.newPage();
		await openDetails(a);
		await a.getByLabel(OS).fill('最初の記録');
		await a.getByLabel(OS).blur();
		const b = await context.newPage();
		await b.goto('/incidents');
		await b.getByRole('button', { name: '新しい被害の記録を始める' }).click();
		await expect(b.getByTestId('details-form')).toBeVisible();

		await a.goto('/triage');
		await a.getByRole('button', { name: '記録する' }).click();
		await a.getByLabel(/^メモ/).fill('Aのメモ');
		await a.getByRole('button', { name: '経過記録に保存' }).click();
		await expect(a.getByTestId('quick-note')).toContainText('記録しました');
		const stored = await storedIncidents(a);
		const mine = stored.find((i) => i.details.os === '最初の記録')!;
		expect(mine.timeline.map((e) => e.text)).toEqual(['Aのメモ']);
	});
});

test('a quick note on a first visit goes to the incident the triage is saved in, and makes no other record', async ({ page }) => {
	await page.goto('/triage');
	await page.getByRole('button', { name: '記録する' }).click();
	await page.getByLabel(/^メモ/).fill('最初のメモ');
	await page.getByRole('button', { name: '経過記録に保存' }).click();
	await expect(page.getByTestId('quick-note')).toContainText('記録しました');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'safety');
	await page.locator('button[data-value="no"]').first().click();
	await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'who');
	await expect.poll(async () => (await storedIncidents(page)).map((i) => (i as { triage?: { snapshot: { value: string } } }).triage?.snapshot.value)).toEqual(['who']);
	const [only] = await storedIncidents(page);
	expect(only!.timeline.map((e) => e.text)).toEqual(['最初のメモ']);
});

test('a 1.4 MB paste is refused with its length and blocks no other field', async ({ page }) => {
	await openDetails(page);
	const huge = 'あ'.repeat(1_400_000);
	await page.getByLabel(WHAT).fill(huge);
	await expect(page.locator('#whatHappened-warning')).toContainText('長すぎるため保存していません');
	await page.getByLabel(OS).fill('iOS 18');
	await page.getByLabel(OS).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await page.reload();
	await expect(page.getByTestId('details-form')).toBeVisible();
	const [stored] = await storedIncidents(page);
	expect(lostChars('iOS 18', stored!.details.os!)).toBe(0);
	await expect(page.getByLabel(OS)).toHaveValue('iOS 18');
});

test('a timeline entry or contact that cannot be saved (full disk) stays in its field, and no success is announced', async ({ page }) => {
	await openDetails(page);
	await page.getByLabel(OS).fill('x');
	await page.getByLabel(OS).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	const restore = await fillDisk(page);
	const text = 'ログ'.repeat(15_000);
	await page.getByLabel('内容', { exact: true }).fill(text);
	await page.getByRole('button', { name: '記録を追加', exact: true }).click();
	await expect(page.locator('#timeline-error')).toContainText('入力した内容は欄に残っています');
	await page.locator('#contact-reference').fill(text);
	await page.getByRole('button', { name: '連絡の記録を追加' }).click();
	await expect(page.locator('#contacts-title ~ form .error')).toContainText('入力した内容は欄に残っています');
	let lost = 0;
	lost += lostChars(text, await page.getByLabel('内容', { exact: true }).inputValue());
	lost += lostChars(text, await page.locator('#contact-reference').inputValue());
	expect(lost).toBe(0);
	await expect(page.locator('[role="status"]').filter({ hasText: '経過記録に追加しました' })).toHaveCount(0);
	const [stored] = await storedIncidents(page);
	expect(stored!.timeline).toEqual([]);
	// Room again: the same text goes in, and only now is success announced.
	await restore();
	await page.getByRole('button', { name: '記録を追加', exact: true }).click();
	await expect(page.getByTestId('timeline')).toContainText('ログログ');
	await expect(page.locator('[role="status"]').filter({ hasText: '経過記録に追加しました' })).toHaveCount(1);
});

test('a poisoned draft drops the bad values with a notice, and the pages still open', async ({ page }) => {
	await openDetails(page);
	await page.getByRole('link', { name: '相談用の要約' }).first().click();
	await page.locator('#sender-name').fill('山田花子');
	await page.locator('#sender-name').blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	const [before] = await storedIncidents(page);
	await page.evaluate((id) => localStorage.setItem(`shodo-navi:draft:${id}`, JSON.stringify({ discoveredAt: 'garbage', sender: { name: 5 }, os: 'iOS 18' })), before!.id);
	await openDetails(page);
	await expect(page.getByTestId('editor-notice')).toContainText('読み込みませんでした');
	await expect(page.getByLabel(OS)).toHaveValue('iOS 18');
	await page.goto('/incident/summary');
	await expect(page.getByTestId('summary-body')).toBeVisible();
	const [after] = (await storedIncidents(page)) as unknown as { sender?: { name?: string } }[];
	expect(after!.sender?.name).toBe('山田花子');
});

test('export all skips a record it cannot write, names it, and exports the rest', async ({ page }) => {
	await openDetails(page);
	await page.getByLabel(OS).fill('Windows 11');
	await page.getByLabel(OS).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const r = indexedDB.open('shodo-navi');
			r.onsuccess = () => resolve(r.result);
		});
		await new Promise((resolve) => {
			const tx = db.transaction('incidents', 'readwrite');
			tx.objectStore('incidents').put({ schemaVersion: 1, id: 'with-bigint', n: 10n }, 'with-bigint');
			tx.oncomplete = resolve;
		});
		db.close();
	});
	await page.goto('/incidents');
	await expect(page.getByTestId('incident-item')).toHaveCount(2);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'すべて書き出す' }).click();
	const file = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
	await expect(page.getByTestId('incidents-notice')).toContainText('with-bigint');
	const lost = 2 - 1 - file.incidents.length;
	expect(file.incidents[0].details.os).toBe('Windows 11');
	expect(lost).toBe(0);
});

test('an import on a full disk changes nothing and says how much space it needs', async ({ page }) => {
	await openDetails(page);
	await page.getByLabel(OS).fill('元からある記録');
	await page.getByLabel(OS).blur();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	const before = await storedIncidents(page);
	const now = new Date().toISOString();
	const incidents = Array.from({ length: 10 }, (_, i) => ({
		schemaVersion: 1,
		id: `imported-${i}`,
		createdAt: now,
		updatedAt: now,
		status: 'open',
		details: { deviceType: '', os: '', securitySoftware: '', cloudServices: '', whatHappened: 'メール本文'.repeat(20_000), whySuspected: '', desksConsulted: '' },
		timeline: [],
		contacts: []
	}));
	const text = JSON.stringify({ format: 'shodo-navi-export', version: 1, exportedAt: now, incidents });
	await page.goto('/incidents');
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	const restore = await fillDisk(page, 2);
	await page.getByTestId('import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByTestId('incidents-notice')).toContainText(/約 \d+ MB の空きが必要です/);
	await expect(page.getByTestId('incident-item')).toHaveCount(1);
	expect(await storedIncidents(page)).toEqual(before);
	await restore();
	await page.getByTestId('import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByTestId('incidents-notice')).toContainText('読み込みました');
	expect(await storedIncidents(page)).toHaveLength(11);
});

test('an update accepted mid-edit loses no text not yet sent', async ({ page }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + '/incident/details');
		await expect(page.getByTestId('details-form')).toBeVisible();
		await controlledByServiceWorker(page);
		await page.getByLabel(OS).fill('Windows 11');
		await page.getByLabel('内容', { exact: true }).fill('まだ追加していない経過');
		await page.locator('#contact-reference').fill('受付 A-1');

		server.setRoot(updateBuildDir);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await hydrated(page);
		await expect(page.getByTestId('details-form')).toBeVisible();
		let lost = 0;
		lost += lostChars('Windows 11', await page.getByLabel(OS).inputValue());
		lost += lostChars('まだ追加していない経過', await page.getByLabel('内容', { exact: true }).inputValue());
		lost += lostChars('受付 A-1', await page.locator('#contact-reference').inputValue());
		expect(lost).toBe(0);
	} finally {
		await server.close();
	}
});

test('an update accepted mid-triage keeps the step and the unsent quick note', async ({ page }) => {
	const server = await serve({ root: buildDir, port: 0 });
	try {
		await page.goto(server.url + '/triage');
		await controlledByServiceWorker(page);
		await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
		const step = await page.getByTestId('triage').getAttribute('data-step');
		expect(step).not.toBe('firstAid');
		await page.getByRole('button', { name: '記録する' }).click();
		await page.getByLabel(/^メモ/).fill('画面の写真を撮った');

		server.setRoot(updateBuildDir);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByTestId('update-banner');
		await expect(banner).toBeVisible({ timeout: 20_000 });
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
		await hydrated(page);
		await expect(page.getByTestId('triage')).toHaveAttribute('data-step', step!);
		expect(lostChars('画面の写真を撮った', await page.getByLabel(/^メモ/).inputValue())).toBe(0);
	} finally {
		await server.close();
	}
});

for (const [zone, name] of [
	['America/Los_Angeles', 'UTC−8'],
	['Pacific/Kiritimati', 'UTC+14']
] as const) {
	test.describe(`a device in ${name}`, () => {
		test.use({ timezoneId: zone });

		test('the summary and timeline give Japan dates around midnight and the year end', async ({ page }) => {
			await openDetails(page);
			// 23:30 on New Year's Eve in Japan; the device's own date differs by a day either way.
			await page.getByLabel('気づいた日時（日本時間）').fill('2026-12-31T23:30');
			await page.getByLabel('気づいた日時（日本時間）').blur();
			await page.getByLabel('内容', { exact: true }).fill('年明けに気づいた');
			await page.locator('#timeline-at').fill('2027-01-01T00:10');
			await page.getByRole('button', { name: '記録を追加', exact: true }).click();
			await expect(page.getByTestId('timeline')).toContainText('2027年1月1日（金）00:10');
			await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
			const [stored] = (await storedIncidents(page)) as unknown as { discoveredAt: string }[];
			expect(stored!.discoveredAt).toBe('2026-12-31T14:30:00.000Z');
			await page.goto('/incident/summary');
			const body = await page.getByTestId('summary-body').inputValue();
			const wrong = ['2026年12月31日（木）23:30', '2027年1月1日（金）00:10'].filter((d) => !body.includes(d));
			expect(wrong).toEqual([]);
		});
	});
}

test('the list opens quickly with 10,000 incidents, drawn in pages', async ({ page }) => {
	await openDetails(page);
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const r = indexedDB.open('shodo-navi');
			r.onsuccess = () => resolve(r.result);
		});
		const now = new Date().toISOString();
		await new Promise((resolve) => {
			const tx = db.transaction('incidents', 'readwrite');
			const store = tx.objectStore('incidents');
			for (let i = 0; i < 10_000; i++) {
				const id = `bulk-${i}`;
				store.put(
					{
						schemaVersion: 1,
						id,
						createdAt: now,
						updatedAt: now,
						status: 'open',
						details: { deviceType: '', os: '', securitySoftware: '', cloudServices: '', whatHappened: `記録 ${i}`, whySuspected: '', desksConsulted: '' },
						timeline: [],
						contacts: []
					},
					id
				);
			}
			tx.oncomplete = resolve;
		});
		db.close();
	});
	const started = Date.now();
	await page.goto('/incidents');
	await expect(page.getByTestId('incident-item').first()).toBeVisible();
	const took = Date.now() - started;
	expect(await page.getByTestId('incident-item').count()).toBe(50);
	await page.getByTestId('show-more').click();
	await expect(page.getByTestId('incident-item')).toHaveCount(100);
	// 10,000 plus the incident the details page started.
	await expect(page.getByTestId('show-more')).toContainText('残り 9901 件');
	console.log(`/incidents with 10,001 incidents: first item after ${took} ms`);
	expect(took).toBeLessThan(6_000);
});
