// How fast the app answers a tap on a slow phone, for `npm run bench`: Chromium's CPU throttled 6×
// (CDP Emulation.setCPUThrottlingRate), a 360×640 screen, and the Event Timing API's duration for
// each interaction (what INP counts: from the input to the next paint, the longest event of one
// interactionId).
//   - the triage tapped through: first aid → safety → who → what → every follow-up under the desks;
//   - typing in the details page while field 5 (what happened) holds a pasted 100 KB log: twenty keys
//     in field 6 (the app's own cost per key) and twenty at the end of field 5 itself, each
//     interleaved run by run with the same keys on the same page with the page's input handlers
//     stopped (the browser's floor for this page and this text: at the end of field 5 it alone takes
//     about 50–60 ms a key at 6× CPU here).
// Each is run `runs` times in a fresh context; the report gives every tap's duration, each run's
// slowest and their median (what the budgets hold, ./interaction-budget.mjs), and the worst and the
// median over all runs.
//   node scripts/interaction.mjs [typing|triage] [--runs N]   (after `vite build`) measures these alone (typing:
//   the keys only; triage: the taps only), with bench.mjs's tap and key budgets.

import { THROTTLE, endBudget, interactionFailures, spread } from './interaction-budget.mjs';

/** Starts collecting Event Timing entries in the page; `read()` returns the longest per interaction. */
async function watchInteractions(page) {
	await page.evaluate(() => {
		/** @type {Record<number, {ms: number, name: string, target: string}>} */
		const seen = {};
		// Buffered, so nothing in between is missed, but only what happens from now on.
		const since = performance.now();
		// @ts-ignore
		window.__interactions = seen;
		new PerformanceObserver((list) => {
			for (const e of /** @type {any[]} */ (list.getEntries())) {
				if (!e.interactionId || e.startTime < since) continue;
				const prev = seen[e.interactionId];
				if (!prev || e.duration > prev.ms) seen[e.interactionId] = { ms: e.duration, name: e.name, target: e.target?.isConnected ? (e.target.textContent?.trim().slice(0, 40) ?? '') : (e.target?.tagName ?? '') };
			}
			// durationThreshold 16 is the lowest the API takes: every tap that takes a frame or more.
		}).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
	});
	return {
		read: async () => {
			// Event Timing reports after the next paint: give it two frames.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			await page.waitForTimeout(300);
			return page.evaluate(() => Object.values(/** @type {any} */ (window).__interactions).map((i) => ({ ...i, ms: Math.round(i.ms) })));
		}
	};
}

/** A fresh phone-sized page at `url`; `slow()` throttles its CPU from then on. */
async function open(browser, url, { throttleNow = true } = {}) {
	const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const slow = () => cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	if (throttleNow) await slow();
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, { timeout: 60_000 });
	return { context, page, slow };
}

/** 200 ms, then until the main thread is idle: a person reads before the next tap, the page is done by then. */
export const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(() => requestIdleCallback(() => r(undefined)), 200)));

/**
 * Where a finger would tap what `locator` finds: the element found, scrolled to and measured, then
 * the page left to settle (as a person reads before tapping). Its centre, for `page.mouse.click`.
 */
export async function aim(page, locator) {
	await locator.waitFor({ timeout: 30_000 });
	await locator.scrollIntoViewIfNeeded();
	const box = await locator.boundingBox();
	if (!box) throw new Error(`nothing to tap: ${locator}`);
	await settle(page);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A tap on what `locator` finds, as a finger makes it: aimed first (`aim`), then the mouse goes down
 * and up at that point (raw input, CDP Input.dispatchMouseEvent). Playwright's own click would check
 * the target inside the measured interaction: its injected script runs on the page's main thread
 * before the input (cold and 6× slower on the first tap) and its hit-target listener runs inside
 * pointerdown.
 */
async function tap(page, locator) {
	const at = await aim(page, locator);
	await page.mouse.click(at.x, at.y);
}

/**
 * Every tap a person makes from first aid to the final list, in order: what is tapped (`locator`) and a
 * label for reports, each yielded once its screen is there (the bench taps it; profile-taps.mjs traces it).
 * The one home of the triage walk.
 */
export async function* triageWalk(page) {
	await page.getByTestId('triage').waitFor();
	// First aid is read before its button is tapped: the page has loaded what it loads by then.
	await page.waitForLoadState('networkidle');
	yield { label: 'first aid → questions', locator: page.locator('[data-testid="triage"][data-step="firstAid"] button[type="submit"]') };
	for (const [step, value] of [
		['safety', 'no'],
		['who', 'organisation'],
		['what', 'ransomware']
	]) {
		await page.locator(`[data-testid="triage"][data-step="${step}"]`).waitFor({ timeout: 30_000 });
		yield { label: `${step} → ${value}`, locator: page.locator(`button[data-value="${value}"]:visible`).first() };
	}
	await page.getByTestId('result-desks').waitFor({ timeout: 30_000 });
	// The follow-ups under the desks, each answered with its first option, until none is left.
	for (let i = 0; i < 8; i++) {
		await settle(page);
		const next = page.getByTestId('refine').locator('[data-question] button[data-value]:visible').first();
		if (!(await next.count())) break;
		const q = await next.evaluate((b) => b.closest('[data-question]')?.getAttribute('data-question'));
		yield { label: `follow-up ${q}`, locator: next };
	}
}

/** One run through the triage: every tap a person makes from first aid to the final list. */
async function triageRun(browser, origin) {
	const { context, page } = await open(browser, `${origin}/triage`);
	try {
		const watch = await watchInteractions(page);
		for await (const { locator } of triageWalk(page)) await tap(page, locator);
		await settle(page);
		return await watch.read();
	} finally {
		await context.close();
	}
}

/**
 * 100,000 characters of a pasted log, as a person pastes one into 「何が起きたか」: lines of 60 to
 * 100 characters, each ending in a line break, mixed Japanese and ASCII. Until 2026-12-06 the bench
 * typed beside 'ログ ' repeated, one paragraph of 100 KB with no line break: Chromium then lays out
 * the whole paragraph again on every key (at 6× CPU, 96–136 ms a key with the page's scripts stopped,
 * the browser alone), which no pasted email or log does. The no-JS floor of both texts is in
 * docs/benchmark.md (`NOJS=1 node scripts/profile-taps.mjs typing`, TEXT=paragraph for the old one).
 */
export function pastedLog(chars = 100_000) {
	const kinds = ['INFO', 'WARN', 'ERROR'];
	const what = ['不審なログインを検知しました', 'ファイルの暗号化を開始', 'ユーザー認証に失敗', 'バックアップの接続が切断されました', 'connection reset by peer'];
	const lines = [];
	let length = 0;
	for (let i = 0; length < chars; i++) {
		const time = `2026-12-0${1 + (i % 5)} ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
		const line = `${time} [${kinds[i % 3]}] ${what[i % what.length]} user=staff${i % 17} src=192.0.2.${i % 250} id=${(i * 2654435761) % 1000000}`;
		lines.push(line);
		length += line.length + 1;
	}
	return lines.join('\n').slice(0, chars);
}

/** The field that holds the 100 KB log (field 5, 「何が起きたか」), and the next multiline field (6, 「なぜ疑ったか」). */
export const LOG_FIELD = 'textarea#whatHappened';
export const OTHER_FIELD = 'textarea#whySuspected';
const KEYS = 'abcdefghijklmnopqrst';

/** Puts the 100 KB log into field 5 as one paste (one input event), at full speed. */
export async function pasteLog(page, text = pastedLog()) {
	await page.locator(LOG_FIELD).waitFor({ timeout: 60_000 });
	await page.evaluate(
		([selector, text]) => {
			const area = /** @type {HTMLTextAreaElement} */ (document.querySelector(selector));
			area.value = text;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		},
		[LOG_FIELD, text]
	);
}

/** Types the keys in the focused field, one every 120 ms, and returns the keys' Event Timing durations. */
async function typeKeys(page) {
	const watch = await watchInteractions(page);
	for (const key of KEYS) {
		await page.keyboard.press(key);
		await page.waitForTimeout(120);
	}
	await settle(page);
	return (await watch.read()).filter((i) => i.name.startsWith('key'));
}

/**
 * Twenty keys on the details page while field 5 holds a pasted 100 KB log: typed in field 6
 * (`other`, what the app itself adds per key: no long text in the field being typed in) or at the
 * end of field 5 itself (`end`, the browser's editing of a 100 KB textarea plus the app).
 * `stopInput`: the page never hears the keys (its input handlers stopped at the window, so nothing
 * is read, drawn or written): what the browser alone costs for this page and this text, the floor.
 */
async function typingRun(browser, origin, where, { stopInput = false } = {}) {
	// The 100 KB goes in at full speed (a paste is one event); the keys after it are measured slowed.
	const { context, page, slow } = await open(browser, `${origin}/incident/details`, { throttleNow: false });
	try {
		await pasteLog(page);
		await page.waitForTimeout(1500);
		if (stopInput) await page.evaluate(() => window.addEventListener('input', (e) => e.stopImmediatePropagation(), true));
		await slow();
		if (where === 'end') {
			await page.locator(LOG_FIELD).focus();
			await page.keyboard.press('Control+End');
		} else await page.locator(OTHER_FIELD).focus();
		// A person puts the caret in the field, then types: the focus (and the caret's jump to the end of
		// 100 KB) is drawn before the first key, not charged to it. Without this the first key of every run
		// carried that frame (in field 6, up to 64 ms against 16–32 for the other keys).
		await settle(page);
		return await typeKeys(page);
	} finally {
		await context.close();
	}
}

/** Measures the taps and the three kinds of keys, `runs` times each, and says what breaks the budget. */
export async function measureInteractions(browser, origin, { runs = 3, budget, triage: withTriage = true, typing: withTyping = true }) {
	const triage = [];
	const other = [];
	const otherFloor = [];
	const end = [];
	const floor = [];
	for (let i = 0; i < runs && withTriage; i++) triage.push(await triageRun(browser, origin));
	// Each field with and without the page hearing the keys, interleaved run by run, so a busy moment slows both.
	for (let i = 0; i < runs && withTyping; i++) {
		other.push(await typingRun(browser, origin, 'other'));
		otherFloor.push(await typingRun(browser, origin, 'other', { stopInput: true }));
	}
	for (let i = 0; i < runs && withTyping; i++) {
		end.push(await typingRun(browser, origin, 'end'));
		floor.push(await typingRun(browser, origin, 'end', { stopInput: true }));
	}
	const result = {
		throttle: THROTTLE,
		runs,
		triage: { ...spread(triage), slowest: triage.flat().sort((a, b) => b.ms - a.ms).slice(0, 3) },
		// Keys in field 6 while field 5 holds 100 KB: the app's own cost per key; and the same keys unheard by the page.
		typing: spread(other),
		typingOtherFloor: spread(otherFloor),
		// Keys at the end of field 5, and the same keys unheard by the page (the browser's floor).
		typingEnd: { ...spread(end), budget: /** @type {{p90Ms: number, medianMs: number}} */ ({}) },
		typingFloor: spread(floor)
	};
	result.typingEnd.budget = endBudget(result.typingFloor);
	return { result, failures: interactionFailures(result, budget) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { chromium } = await import('@playwright/test');
	const { serve } = await import('./serve.mjs');
	const runsAt = process.argv.indexOf('--runs');
	const app = await serve({ root: 'build', port: 0 });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
	try {
		const { result, failures } = await measureInteractions(browser, app.url, { runs: runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3, budget: { tapMs: 100, keyMs: 50 }, triage: !process.argv.includes('typing'), typing: !process.argv.includes('triage') });
		console.log(JSON.stringify(result, null, 1));
		console.log(failures.join('\n'));
	} finally {
		await browser.close();
		await app.close();
	}
}
