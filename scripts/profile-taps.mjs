// Finds where a slow tap's time goes: the same taps as the bench's (scripts/interaction.mjs), CPU
// throttled 6×, with a V8 CPU profile and a Chromium trace (devtools.timeline) around each tap;
// prints each tap's Event Timing duration, the main thread's tasks over 16 ms, its time per trace
// event (EventDispatch, Layout, Paint, FunctionCall…; nested events count in their parents too) and
// the functions with the most self time. For finding causes, not a budget (that is `npm run bench`).
//   node scripts/profile-taps.mjs [triage|typing|other] [--top N]   (after `vite build`)
//   typing: keys at the end of field 5 holding the bench's 100 KB log; other: keys in field 6 beside it
//   (what the app adds per key, with no long text in the field typed in).
//   NOJS=1 … typing|other: the page's own input handlers stopped, to see what the browser alone costs.
//   TIMELINE=1 …: each main-thread task after the first input event, its start, length and longest events.
//   TEXT=paragraph … typing|other: one 100 KB paragraph with no line break instead of the pasted log.
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { LOG_FIELD, OTHER_FIELD, aim, pasteLog, pastedLog, settle, triageWalk } from './interaction.mjs';

const what = process.argv[2] ?? 'triage';
const topAt = process.argv.indexOf('--top');
const TOP = topAt > 0 ? Number(process.argv[topAt + 1]) : 8;

const app = await serve({ root: 'build', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });

/** Self time per function (url:line name) from a CPU profile, highest first. */
function selfTimes(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map();
	const dt = profile.timeDeltas;
	for (let i = 0; i < profile.samples.length; i++) {
		const node = byId.get(profile.samples[i]);
		const f = node.callFrame;
		const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
	}
	return [...self].sort((a, b) => b[1] - a[1]);
}

async function setup(url, throttleNow) {
	const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	if (throttleNow) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await page.goto(`${app.url}${url}`);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, { timeout: 60_000 });
	await page.evaluate(() => {
		// @ts-ignore
		window.__last = [];
		new PerformanceObserver((list) => {
			// @ts-ignore
			for (const e of list.getEntries()) if (e.interactionId) window.__last.push({ name: e.name, ms: Math.round(e.duration) });
		}).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16, buffered: false }));
	});
	return { context, page, cdp };
}

async function profiled(page, cdp, label, act) {
	await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
	await page.evaluate(() => ((/** @type {any} */ (window)).__last = []));
	const traceEvents = [];
	const onData = (d) => traceEvents.push(...d.value);
	cdp.on('Tracing.dataCollected', onData);
	await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
	await cdp.send('Profiler.start');
	await act();
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
	const { profile } = await cdp.send('Profiler.stop');
	const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', onData);
	// The renderer's main thread: total time per event name (nested events are counted in their parents too).
	const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const byName = new Map();
	for (const e of traceEvents) {
		if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
		byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
	}
	const tasks = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.dur > 16000).map((e) => Math.round(e.dur / 1000));
	console.log(`   tasks > 16 ms: ${tasks.join(', ')}`);
	if (process.env.TIMELINE) {
		// Each task of the main thread from the first input event on: when it starts (ms after that
		// event), how long it runs, and the longest events inside it, to see what lands in the key's frame.
		const onMain = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
		const first = onMain.find((e) => e.name === 'EventDispatch');
		for (const task of onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && first && e.ts + e.dur >= first.ts && e.dur > 1000)) {
			const inside = onMain.filter((e) => e !== task && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1000);
			const what = inside.map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur / 1000).toFixed(1)}`).slice(0, 12);
			console.log(`   @${((task.ts - first.ts) / 1000).toFixed(0).padStart(4)} ms  ${(task.dur / 1000).toFixed(1).padStart(5)} ms  ${what.join(', ')}`);
		}
	}
	console.log('   ' + [...byName].filter(([n]) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask').sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | '));
	const events = await page.evaluate(() => (/** @type {any} */ (window)).__last);
	const worst = Math.max(0, ...events.map((e) => e.ms));
	console.log(`\n${label}: ${worst} ms  ${events.map((e) => `${e.name} ${e.ms}`).join(', ')}`);
	for (const [fn, ms] of selfTimes(profile).filter(([k]) => !k.startsWith('(idle)')).slice(0, TOP)) console.log(`   ${ms.toFixed(1).padStart(7)} ms  ${fn}`);
}

try {
	if (what === 'triage') {
		const { context, page, cdp } = await setup('/triage', true);
		// The bench's tap: aimed before the trace starts, then raw input at that point, so the trace holds
		// the app's work, not Playwright's checks.
		for await (const { label, locator } of triageWalk(page)) {
			const at = await aim(page, locator);
			await profiled(page, cdp, label, () => page.mouse.click(at.x, at.y));
		}
		await context.close();
	} else {
		// typing: keys at the end of field 5 holding the bench's 100 KB log; other: keys in field 6 beside it.
		const { context, page, cdp } = await setup('/incident/details', false);
		// The bench's pasted log (lines with breaks); TEXT=paragraph: the old one paragraph of 'ログ '.
		await pasteLog(page, process.env.TEXT === 'paragraph' ? 'ログ '.repeat(40_000).slice(0, 100_000) : pastedLog());
		await page.waitForTimeout(1500);
		if (process.env.NOJS) await page.evaluate(() => window.addEventListener('input', (e) => e.stopImmediatePropagation(), true));
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
		if (what === 'other') await page.locator(OTHER_FIELD).focus();
		else {
			await page.locator(LOG_FIELD).focus();
			await page.keyboard.press('Control+End');
		}
		// As the bench: the caret placed and drawn before the first key.
		await settle(page);
		for (const key of 'abcde') await profiled(page, cdp, `key ${key}`, () => page.keyboard.press(key));
		await context.close();
	}
} finally {
	await browser.close();
	await app.close();
}
