import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { ALONE, acrossKill9, controlledByServiceWorker, enhanced, everything, hydrated } from './helpers';

// The case file (issue 24), played as a shaken person would on a 360×640 phone: from the triage to
// the plan, ticking steps, copying a message, the dates into the calendar, and the ticks surviving
// a reload, a killed browser and a second tab.
test.use({ viewport: { width: 360, height: 640 }, permissions: ['clipboard-read', 'clipboard-write'] });

type Locale = 'ja' | 'en';
const prefix = (locale: Locale) => (locale === 'ja' ? '' : '/en');
const friendsMessage = JSON.parse(readFileSync(new URL('../../content/messages/account-friends.json', import.meta.url), 'utf8')) as {
	body: Record<Locale, string>;
};

async function noAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** From the home page through first aid and three answers to the desks. */
async function triage(page: Page, who: string, what: string, locale: Locale = 'ja', base = '') {
	await page.goto(`${base}${prefix(locale)}/`);
	await enhanced(page);
	await page.getByTestId('start-triage').click();
	await expect(page.getByTestId('triage')).toHaveAttribute('data-step', 'firstAid');
	await page.getByRole('button', { name: locale === 'ja' ? '切り離した・質問に進む' : 'Done: go to the questions' }).click();
	for (const value of ['no', who, what]) await page.locator(`button[data-value="${value}"]`).click();
	await expect(page.getByTestId('result-desks')).toBeVisible();
}

/** Answers the refining questions under the desks while one of `answers` is asked. */
async function refine(page: Page, answers: Record<string, string>) {
	for (;;) {
		const step = await page.getByTestId('triage').getAttribute('data-step');
		const value = step ? answers[step] : undefined;
		if (!value) return;
		await page.getByTestId('refine').locator(`button[data-value="${value}"]`).click();
		await expect(page.getByTestId('triage')).not.toHaveAttribute('data-step', step!);
	}
}

/** The triage result's way to the plan. */
async function openPlan(page: Page, locale: Locale = 'ja') {
	await page.getByTestId('open-plan').click();
	await expect(page).toHaveURL(new RegExp(`${prefix(locale)}/incident/plan$`));
	await expect(page.getByTestId('plan-steps')).toBeVisible();
}

const steps = (page: Page) => page.getByTestId('plan-step');
const box = (page: Page, id: string) => page.locator(`[data-testid="plan-step"][data-step="${id}"] input[type="checkbox"]`);
/** A step's words as the plan shows them. */
const stepText = async (page: Page, id: string) => (await page.locator(`[data-testid="plan-step"][data-step="${id}"] .text`).first().innerText()).trim();
const stepIds = (page: Page) => steps(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-step')!));

for (const locale of ['ja', 'en'] as const) {
	test(`${locale}: an SNS account taken over → the plan → two steps ticked → the warning copied → reload keeps the ticks → the summary says what was done, with times`, async ({ page }) => {
		await triage(page, 'individual', 'account-takeover', locale);
		await openPlan(page, locale);
		await expect(page.getByTestId('plan-progress-line')).toContainText(locale === 'ja' ? '件済み' : 'done');
		await expect(page.getByTestId('scam-warning')).toBeVisible();
		await noAxeViolations(page);

		const ids = await stepIds(page);
		expect(ids.some((id) => id.startsWith('recovery/account-takeover/'))).toBe(true);
		const ticked = [ids.find((id) => id.startsWith('recovery/'))!, ids.find((id) => id.startsWith('next/'))!];
		const tickedWords: string[] = [];
		for (const id of ticked) {
			tickedWords.push(await stepText(page, id));
			await box(page, id).check();
			await expect(box(page, id)).toBeChecked();
		}
		await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
		await expect(page.getByTestId('plan-progress-line')).toContainText(locale === 'ja' ? /\d+件中2件済み/ : /2 of \d+ done/);

		// The warning to friends: what is copied is the text on screen, the content's words with the name typed in.
		const message = page.locator('[data-message="account-friends"]');
		await message.getByRole('textbox', { name: locale === 'ja' ? 'あなたの名前' : 'your name' }).fill(locale === 'ja' ? '山田花子' : 'Hanako Yamada');
		await message.getByRole('button', { name: locale === 'ja' ? '文面をコピー' : 'Copy the message' }).click();
		await expect(message.getByRole('status')).toHaveText(locale === 'ja' ? 'コピーしました。' : 'Copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await message.getByRole('textbox', { name: locale === 'ja' ? '送る文面' : 'The message' }).inputValue());
		expect(copied).toContain(locale === 'ja' ? '山田花子です。' : 'This is Hanako Yamada.');
		expect(copied).toContain(friendsMessage.body[locale].split('\n')[1]!);

		await page.reload();
		await expect(page.getByTestId('plan-steps')).toBeVisible();
		for (const id of ticked) await expect(box(page, id)).toBeChecked();
		for (const id of ids.filter((i) => !ticked.includes(i))) await expect(box(page, id)).not.toBeChecked();

		await page.getByRole('navigation').getByRole('link', { name: locale === 'ja' ? '相談用の要約' : /summary/i }).click();
		const body = page.getByTestId('summary-body');
		await expect(body).toBeVisible();
		const text = await body.inputValue();
		// Under what has been done: each ticked step on a line of its own, with the Japan time it was ticked.
		const lines = text.split('\n');
		const start = lines.indexOf(locale === 'ja' ? '■ これまでに行った対応' : '■ What has been done so far');
		expect(start).toBeGreaterThan(-1);
		const end = lines.findIndex((l, i) => i > start && l.startsWith('■ '));
		const done = lines.slice(start + 1, end === -1 ? undefined : end);
		const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()));
		const [y, mo, d] = today.split('-').map(Number);
		const day = locale === 'ja' ? `${y}年${mo}月${d}日` : `${d} `;
		for (const words of tickedWords) {
			const line = done.find((l) => l.includes(words));
			expect(line, words).toMatch(new RegExp(`^- .*${day}.*\\d{2}:\\d{2} \\[${locale === 'ja' ? '済' : 'done'}\\] `));
		}
	});
}

test('a leak at a company: the PPC 速報 and 確報 dates on the plan, and the .ics file holds the same dates', async ({ page }) => {
	await triage(page, 'organisation', 'data-leak');
	await refine(page, { leakCause: 'attack', orgSupport: 'no', personalData: 'yes', reportCase: 'over1000', policeReport: 'no' });
	await openPlan(page);
	const dates = page.getByTestId('plan-date');
	const preliminary = page.locator('[data-testid="plan-date"][data-kind="ppc-preliminary"]');
	const final = page.locator('[data-testid="plan-date"][data-kind="ppc-final"]');
	await expect(preliminary).toContainText('個人情報保護委員会への速報');
	await expect(final).toContainText('個人情報保護委員会への確報');
	const shown = await dates.evaluateAll((items) => items.map((i) => ({ kind: i.getAttribute('data-kind')!, date: i.getAttribute('data-date')! })));
	const pre = shown.find((d) => d.kind === 'ppc-preliminary')!.date;
	const fin = shown.find((d) => d.kind === 'ppc-final')!.date;
	expect(pre < fin).toBe(true);
	// The date on screen is the one in data-date, written the app's one way (2026年12月10日（木）).
	const [y, mo, d] = pre.split('-').map(Number);
	await expect(preliminary).toContainText(`${y}年${mo}月${d}日`);
	// The PPC desk says the same dates.
	await expect(page.locator('[data-desk="ppc-leak-report"]').getByTestId('desk-deadline').first()).toContainText(`${y}年${mo}月${d}日`);
	await noAxeViolations(page);

	const parse = async (click: () => Promise<void>) => {
		const downloading = page.waitForEvent('download');
		await click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const text = await readFile((await download.path())!, 'utf8');
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
		const calendar = new ICAL.Component(ICAL.parse(text));
		return calendar.getAllSubcomponents('vevent').map((e) => {
			const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
			return { summary: String(e.getFirstPropertyValue('summary')), date: start.toString().slice(0, 10), allDay: start.isDate, alarms: e.getAllSubcomponents('valarm').length };
		});
	};

	const all = await parse(() => page.getByTestId('all-dates').getByRole('button').click());
	expect(all.map((e) => e.date).sort()).toEqual(shown.map((s) => s.date).sort());
	expect(all.find((e) => e.summary === '個人情報保護委員会への速報')).toMatchObject({ date: pre, allDay: true, alarms: 1 });
	expect(all.find((e) => e.summary === '個人情報保護委員会への確報')).toMatchObject({ date: fin, allDay: true, alarms: 1 });

	const one = await parse(() => preliminary.getByRole('button', { name: /カレンダーに追加/ }).click());
	expect(one).toEqual([expect.objectContaining({ summary: '個人情報保護委員会への速報', date: pre })]);
});

test('the drill shows the plan of a practice leak, ticks on screen, and writes nothing', async ({ page }) => {
	await page.goto('/drill');
	await hydrated(page);
	await page.locator('button[data-scenario="leak"]').click();
	const drill = page.getByTestId('drill-triage');
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const value of ['no', 'organisation', 'data-leak']) await drill.locator(`button[data-value="${value}"]`).click();
	const plan = page.getByTestId('drill-plan');
	await expect(plan).toContainText('訓練なので、印をつけても保存されません。');
	await expect(plan.locator('[data-testid="plan-date"][data-kind="ppc-preliminary"]')).toBeVisible();
	const before = await everything(page);
	const first = plan.getByTestId('plan-step').first().locator('input[type="checkbox"]');
	await first.check();
	await expect(first).toBeChecked();
	await expect(plan.getByTestId('plan-progress-line')).toContainText(/件中1件済み/);
	// No way from the drill into a real record's documents.
	await expect(drill.locator('a[href*="/incident/"]')).toHaveCount(0);
	await noAxeViolations(page);
	await page.waitForTimeout(300);
	expect(await everything(page)).toBe(before);
});

test('the plan works offline once the app is installed', async ({ page, context }) => {
	await triage(page, 'individual', 'account-takeover');
	await controlledByServiceWorker(page);
	await openPlan(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('plan-steps')).toBeVisible();
	const first = (await stepIds(page))[0]!;
	await box(page, first).check();
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
	await context.setOffline(false);
});

test('a full disk: the tick stays on screen and the storage message says why', async ({ page }) => {
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if ((globalThis as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await triage(page, 'individual', 'account-takeover');
	await openPlan(page);
	await expect(page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saving');
	await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = true));
	const first = (await stepIds(page))[0]!;
	await box(page, first).check();
	await expect(page.getByRole('alert').filter({ hasText: '空き容量' })).toBeVisible();
	await expect(box(page, first)).toBeChecked();
});

test.describe('nothing lost', () => {
	test('kill -9 50 ms after a tick: the tick is there when the browser opens again', ALONE, async ({ baseURL }) => {
		let ids: string[] = [];
		let target = '';
		const lost = await acrossKill9(
			async (context) => {
				const page = await context.newPage();
				await page.setViewportSize({ width: 360, height: 640 });
				await triage(page, 'individual', 'account-takeover', 'ja', baseURL);
				await openPlan(page);
				await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', /saved|idle/);
				ids = await stepIds(page);
				target = ids[1]!;
				await box(page, target).check();
			},
			async (context) => {
				const again = await context.newPage();
				await again.goto(`${baseURL}/incident/plan`);
				await expect(again.getByTestId('plan-steps')).toBeVisible();
				let lost = 0;
				lost += (await box(again, target).isChecked()) ? 0 : 1;
				// Nothing else was ticked by the way.
				for (const id of ids.filter((i) => i !== target)) lost += (await box(again, id).isChecked()) ? 1 : 0;
				return lost;
			}
		);
		expect(lost).toBe(0);
	});

	test('two tabs ticking different steps: both ticks are kept', async ({ context }) => {
		const a = await context.newPage();
		await triage(a, 'individual', 'account-takeover');
		await openPlan(a);
		const b = await context.newPage();
		await b.goto('/incident/plan');
		await expect(b.getByTestId('plan-steps')).toBeVisible();
		const ids = await stepIds(a);
		expect(ids.length).toBeGreaterThanOrEqual(2);
		const [inA, inB] = [ids[0]!, ids[ids.length - 1]!];
		await Promise.all([box(a, inA).check(), box(b, inB).check()]);
		await expect(a.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
		await expect(b.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
		let lost = 0;
		// Each tab hears of the other's tick; a reload reads the stored record.
		lost += await expect(box(a, inB)).toBeChecked({ timeout: 3000 }).then(() => 0, () => 1);
		for (const p of [a, b]) {
			await p.reload();
			await expect(p.getByTestId('plan-steps')).toBeVisible();
			for (const id of [inA, inB]) lost += (await box(p, id).isChecked()) ? 0 : 1;
		}
		expect(lost).toBe(0);
	});
});
