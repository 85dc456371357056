// How fast the app answers a tap on a slow phone, for `npm run bench`: Chromium's CPU throttled 6×
// (CDP Emulation.setCPUThrottlingRate), a 360×640 screen, and the Event Timing API's duration for
// each interaction (what INP counts: from the input to the next paint, the longest event of one
// interactionId).
//   - the triage tapped through: first aid → safety → who → what → every follow-up under the desks;
//   - typing in the details page with a 100 KB text already in field 5 (what happened).
// Each is run `runs` times in a fresh context; the report gives every tap's duration, and the worst
// and the median over all runs.

const THROTTLE = 6;

/** Starts collecting Event Timing entries in the page; `read()` returns the longest per interaction. */
async function watchInteractions(page) {
	await page.evaluate(() => {
		/** @type {Record<number, {ms: number, name: string, target: string}>} */
		const seen = {};
		// @ts-ignore
		window.__interactions = seen;
		new PerformanceObserver((list) => {
			for (const e of /** @type {any[]} */ (list.getEntries())) {
				if (!e.interactionId) continue;
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

const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 200)));

/** One run through the triage: every tap a person makes from first aid to the final list. */
async function triageRun(browser, origin) {
	const { context, page } = await open(browser, `${origin}/triage`);
	try {
		const watch = await watchInteractions(page);
		const triage = page.getByTestId('triage');
		await triage.waitFor();
		await page.locator('[data-testid="triage"][data-step="firstAid"] button[type="submit"]').click();
		for (const [step, value] of [
			['safety', 'no'],
			['who', 'organisation'],
			['what', 'ransomware']
		]) {
			await page.locator(`[data-testid="triage"][data-step="${step}"]`).waitFor({ timeout: 30_000 });
			await settle(page);
			await page.locator(`button[data-value="${value}"]`).first().click();
		}
		await page.getByTestId('result-desks').waitFor({ timeout: 30_000 });
		// The follow-ups under the desks, each answered with its first option, until none is left.
		for (let i = 0; i < 8; i++) {
			await settle(page);
			const next = page.getByTestId('refine').locator('[data-question] button[data-value]').first();
			if (!(await next.count())) break;
			await next.click();
		}
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

/** Typing twenty keys at the end of a 100 KB "what happened" (a pasted log, pastedLog) on the details page. */
async function typingRun(browser, origin) {
	// The 100 KB goes in at full speed (a paste is one event); the keys after it are measured slowed.
	const { context, page, slow } = await open(browser, `${origin}/incident/details`, { throttleNow: false });
	try {
		const field = page.locator('textarea#whatHappened');
		await field.waitFor({ timeout: 60_000 });
		await page.evaluate((text) => {
			const area = /** @type {HTMLTextAreaElement} */ (document.querySelector('textarea#whatHappened'));
			area.value = text;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		}, pastedLog());
		await page.waitForTimeout(1500);
		await slow();
		await field.focus();
		await page.keyboard.press('End');
		const watch = await watchInteractions(page);
		for (const key of 'abcdefghijklmnopqrst') {
			await page.keyboard.press(key);
			await page.waitForTimeout(120);
		}
		await settle(page);
		return (await watch.read()).filter((i) => i.name.startsWith('key'));
	} finally {
		await context.close();
	}
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Measures both, `runs` times each, and says what breaks the budget. */
export async function measureInteractions(browser, origin, { runs = 3, budget }) {
	const triage = [];
	const typing = [];
	for (let i = 0; i < runs; i++) triage.push(await triageRun(browser, origin));
	for (let i = 0; i < runs; i++) typing.push(await typingRun(browser, origin));
	const taps = triage.flat().map((t) => t.ms);
	const keys = typing.flat().map((t) => t.ms);
	// A key or tap that took less than a frame leaves no entry (durationThreshold 16): it counts as 16.
	const result = {
		throttle: THROTTLE,
		runs,
		triage: { tapsPerRun: triage.map((r) => r.length), worstMs: Math.max(16, ...taps), medianMs: median(taps.length ? taps : [16]), slowest: triage.flat().sort((a, b) => b.ms - a.ms).slice(0, 3) },
		typing: { slowKeysPerRun: typing.map((r) => r.length), worstMs: Math.max(16, ...keys), medianMs: median(keys.length ? keys : [16]) }
	};
	const failures = [];
	if (result.triage.worstMs > budget.tapMs) failures.push(`triage: the slowest tap took ${result.triage.worstMs} ms at ${THROTTLE}× CPU > ${budget.tapMs} ms`);
	if (result.typing.worstMs > budget.keyMs) failures.push(`details: the slowest key took ${result.typing.worstMs} ms at ${THROTTLE}× CPU > ${budget.keyMs} ms`);
	return { result, failures };
}
