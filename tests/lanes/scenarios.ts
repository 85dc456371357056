/**
 * The scenarios every engine's lane runs, in this order, in one browser (the later ones use what
 * the earlier ones saved). The server is stopped by the offline scenario, so the update scenario
 * serves its own. They drive the app as a person does, by role, label and text, like tests/e2e.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { prerenderedPages } from '../e2e/pages';
import { until, visible, wire, type Browser, type Query } from './lane';

/** How the summary marks a step done ("[済] …"), from its wording file. */
const stepDoneMark = `[${JSON.parse(readFileSync(new URL('../../content/documents/summary.json', import.meta.url), 'utf8')).planStep.ja}] `;

export type Served = Awaited<ReturnType<typeof serve>>;
export interface LaneContext {
	browser: Browser;
	/** The server of the first build; scenarios may stop it. */
	server: Served;
	buildDir: string;
	/** A second build with another version name, and that name. */
	update: { dir: string; name: string };
	/** A folder for files the lane writes (the import file). */
	tmp: string;
}
export interface Scenario {
	name: string;
	/** The time it may take in the slowest engine here, with room to spare. */
	timeout: number;
	run(lane: LaneContext): Promise<void>;
}

const hydrated = (b: Browser) => until('the page to hydrate', () => b.run<boolean>("return document.documentElement.hasAttribute('data-hydrated')"));
const enhanced = (b: Browser) => until("the home page's script", () => b.run<boolean>("return document.documentElement.hasAttribute('data-enhanced')"));
const interactive = (b: Browser) =>
	until('the page to be interactive', () =>
		b.run<boolean>("const html = document.documentElement; return html.hasAttribute('data-hydrated') || html.hasAttribute('data-enhanced')")
	);
const controlled = (b: Browser) =>
	until('the service worker to control the page', () => b.run<boolean>('await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null'), 20_000);
const text = (b: Browser, q: Query) => b.run<string>("const el = __lane.find(args[0]); return el ? el.textContent.replace(/\\s+/g, ' ').trim() : ''", wire(q));
const value = (b: Browser, q: Query) => b.run<string | null>('const el = __lane.find(args[0]); return el ? el.value : null', wire(q));
const attr = (b: Browser, q: Query, name: string) => b.run<string | null>('const el = __lane.find(args[0]); return el && el.getAttribute(args[1])', wire(q), name);
const count = (b: Browser, q: Query) => b.run<number>('return __lane.count(args[0])', wire(q));
/** Waits until `get` gives a value `ok` accepts; a timeout names the last value seen. */
async function eventually<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeout?: number): Promise<T> {
	let last: T | undefined;
	try {
		await until(what, async () => ok((last = await get())), timeout);
	} catch (error) {
		throw new Error(`${(error as Error).message}; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
	}
	return last as T;
}
const shows = (b: Browser, q: Query, timeout?: number) => visible(b, q, timeout);

const triageAt = (b: Browser, step: string) =>
	eventually(`the triage at ${step}`, () => attr(b, { testId: 'triage' }, 'data-step'), (s) => s === step);
const answer = (value: string): Query => ({ css: `button[data-value="${value}"]` });

const DETAILS = {
	device: { label: '1. 対象となる端末の種類' },
	os: { label: '2. 対象となる端末のOS' },
	virus: { label: /^6\. ウイルス/ }
} satisfies Record<string, Query>;
/** Field 5 (what happened), found by its id: its label is long. */
const WHAT: Query = { css: '#whatHappened' };
/** A pasted log long enough to be stored in a record of its own (src/lib/storage/long-texts.ts: 4,096 characters or more). */
const LOG = '2026-12-01 03:12:09 ERROR 認証に失敗しました user=admin\n'.repeat(120);

export const scenarios: Scenario[] = [
	{
		name: 'the first screen fits the phone, and its main action opens first aid (JavaScript on)',
		timeout: 30_000,
		async run({ browser: b, server }) {
			await b.goto(server.url + '/');
			await enhanced(b);
			const [width, height] = await b.run<[number, number]>('return [innerWidth, innerHeight]');
			expect([width, height]).toEqual([360, 640]);
			for (const id of ['start-triage', 'life-110', 'first-aid-rules']) {
				const bottom = await b.run<number | null>('const el = __lane.find(args[0]); return el && el.getBoundingClientRect().bottom', wire({ testId: id }));
				expect(bottom, `${id} bottom edge`).not.toBeNull();
				expect(bottom!, `${id} bottom edge`).toBeLessThanOrEqual(height);
			}
			expect(await text(b, { testId: 'first-aid-rules' })).toContain('電源は切らずにネットから切断');
			expect(await attr(b, { within: { testId: 'life-110' }, css: 'a[href="tel:110"]' }, 'href')).toBe('tel:110');
			expect(await text(b, { testId: 'start-triage' })).toContain('様子がおかしい・攻撃されたかも');

			await b.click({ testId: 'start-triage' });
			await eventually('the triage page', () => b.url(), (u) => new URL(u).pathname === '/triage');
			await hydrated(b);
			await triageAt(b, 'firstAid');
			await shows(b, { role: 'heading', name: 'まず、被害を広げないために' });
			expect(await text(b, { within: { testId: 'triage' }, testId: 'first-aid-rules' })).not.toBe('');
			await shows(b, { role: 'heading', name: 'ネットから切り離す方法' });
		}
	},
	{
		name: 'a triage reaches the desks',
		timeout: 30_000,
		async run({ browser: b }) {
			await b.click({ role: 'button', name: '切り離した・質問に進む' });
			await triageAt(b, 'safety');
			await b.click(answer('yes'));
			await triageAt(b, 'who');
			await shows(b, { testId: 'emergency' });
			expect(await attr(b, { testId: 'call-110' }, 'href')).toBe('tel:110');
			await b.click(answer('organisation'));
			await triageAt(b, 'what');
			await b.click(answer('ransomware'));
			for (const [step, value] of [['orgSupport', 'no'], ['personalData', 'yes'], ['policeReport', 'no']] as const) {
				await triageAt(b, step);
				// The desks above are redrawn for the last answer one frame after it, which moves the question
				// below them: tapped before that, WebDriver's click landed where the button had been (1 run in 6–8).
				const busy = () => b.run<string | null>("const el = __lane.find(args[0]); return el ? el.getAttribute('aria-busy') : 'not on screen'", wire({ testId: 'result-desks' }));
				await eventually('the desks drawn for the answers so far', busy, (state) => state === null);
				await b.click({ within: { testId: 'refine' }, ...answer(value) });
			}
			await triageAt(b, 'result');
			expect(await attr(b, { within: { testId: 'result-desks' }, css: '[data-desk]' }, 'data-desk')).toBe('police-110');
			const ppc: Query = { css: '[data-desk="ppc-leak-report"]' };
			await shows(b, ppc);
			await b.click({ within: ppc, testId: 'desk-more' });
			expect(await text(b, { within: ppc, testId: 'ppc-deadlines' })).toContain('60日以内');
		}
	},
	{
		name: 'the plan of that triage: a step ticked is kept across a reload',
		timeout: 30_000,
		async run({ browser: b, server }) {
			await b.goto(server.url + '/incident/plan');
			await shows(b, { testId: 'plan-steps' });
			const first: Query = { css: '[data-testid="plan-step"]' };
			const id = await attr(b, first, 'data-step');
			expect(id).toMatch(/^(next|recovery)\//);
			expect(await attr(b, first, 'data-done')).toBe('false');
			await b.click({ within: first, css: 'input[type="checkbox"]' });
			await eventually('the tick on screen', () => attr(b, first, 'data-done'), (d) => d === 'true');
			// No blur, no waiting for "saved": the reload must not lose it.
			await b.reload();
			await shows(b, { testId: 'plan-steps' });
			const same: Query = { css: `[data-testid="plan-step"][data-step="${id}"]` };
			await eventually('the tick back after the reload', () => attr(b, same, 'data-done'), (d) => d === 'true');
			expect(await text(b, { testId: 'plan-progress' })).toMatch(/件中1件済み/);
		}
	},
	{
		name: 'details typed are kept across a reload',
		timeout: 30_000,
		async run({ browser: b, server }) {
			await b.goto(server.url + '/incident/details');
			await shows(b, { testId: 'details-form' });
			// Pasted (one input event), then the other fields typed beside it.
			await b.run("const el = __lane.find(args[0]); el.value = args[1]; el.dispatchEvent(new Event('input', { bubbles: true }));", wire(WHAT), LOG);
			await b.type(DETAILS.device, 'ノートパソコン');
			await b.type(DETAILS.os, 'Windows 11');
			// Typed last, with no blur: the reload must not lose it.
			await b.type(DETAILS.virus, '拡張子が変わった');
			await b.reload();
			await shows(b, { testId: 'details-form' });
			await eventually('the typed details back', () => value(b, DETAILS.virus), (v) => v === '拡張子が変わった');
			expect(await value(b, DETAILS.device)).toBe('ノートパソコン');
			expect(await value(b, DETAILS.os)).toBe('Windows 11');
			expect(await value(b, WHAT), 'the pasted log, read back whole').toBe(LOG);
			const apart = await b.run<number>(
				"return await new Promise((done) => { const r = indexedDB.open('shodo-navi'); r.onsuccess = () => { const db = r.result; const c = db.transaction('texts').objectStore('texts').count(); c.onsuccess = () => { db.close(); done(c.result); }; c.onerror = () => done(-1); }; r.onerror = () => done(-1); });"
			);
			expect(apart, 'the log stored in a record of its own').toBe(1);
		}
	},
	{
		name: 'the summary is copied, and its mailto link names the desk and subject',
		timeout: 30_000,
		async run({ browser: b, server }) {
			await b.click({ role: 'link', name: '相談用の要約を作る' });
			await shows(b, { testId: 'summary-body' });
			await b.goto(server.url + '/incident/summary?desk=ipa-anshin');
			const body: Query = { testId: 'summary-body' };
			// Complete, not only begun: the step ticked in the plan scenario is listed once its words load
			// (a chunk of their own, after the record). Read before that, the text would change under the test.
			await eventually('the summary with the OS and the step done', () => value(b, body), (v) => !!v && v.includes('OS: Windows 11') && v.includes(stepDoneMark));
			const summary = (await value(b, body))!;
			expect(summary).toContain('端末の種類: ノートパソコン');
			expect(summary).toContain('拡張子が変わった');
			expect(await value(b, { role: 'combobox', name: '送り先の相談窓口' })).toBe('ipa-anshin');

			await b.click({ role: 'button', name: '要約をコピー' });
			await shows(b, { text: 'コピーしました' });
			// What is on the clipboard now, pasted into a scratch field the test adds.
			await b.run("const t = document.createElement('textarea'); t.id = 'lane-paste'; t.setAttribute('aria-label', 'lane paste'); document.body.append(t); t.focus();");
			await b.pasteKeys();
			await eventually('the pasted summary', () => value(b, { css: '#lane-paste' }), (v) => v === summary, 5_000);
			await b.run("document.getElementById('lane-paste').remove()");

			await shows(b, { text: '要約が長いため' });
			const href = (await attr(b, { testId: 'mailto' }, 'href'))!;
			const url = new URL(href);
			expect(url.protocol).toBe('mailto:');
			expect(url.pathname).toBe('anshin@ipa.go.jp');
			expect(url.searchParams.get('subject')).toBe(await value(b, { testId: 'summary-subject' }));
			expect(url.searchParams.get('body')).toBeNull();
		}
	},
	{
		name: 'one incident is exported, the device cleared, and the file imported back',
		timeout: 40_000,
		async run({ browser: b, server, tmp }) {
			await b.goto(server.url + '/incidents');
			await eventually('one incident listed', () => count(b, { testId: 'incident-item' }), (n) => n === 1);
			// The file the app hands to the browser's download, caught on its way.
			await b.run('window.__laneBlobs = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => (window.__laneBlobs.push(blob), make.call(URL, blob));');
			await b.click({ role: 'button', name: 'すべて書き出す' });
			const file = await until('the exported file', () => b.run<string | null>('const blob = window.__laneBlobs[0]; return blob ? await blob.text() : null'));
			const exported = JSON.parse(file);
			expect(exported).toMatchObject({ format: 'shodo-navi-export', version: 1 });
			expect(exported.incidents).toHaveLength(1);
			expect(exported.incidents[0].details.deviceType).toBe('ノートパソコン');
			expect(exported.incidents[0].details.whatHappened).toBe(LOG);

			const cleared = await b.run<string>(
				"return await new Promise((done) => { const r = indexedDB.deleteDatabase('shodo-navi'); r.onsuccess = () => done('deleted'); r.onerror = () => done('error'); r.onblocked = () => done('blocked'); });"
			);
			expect(cleared).toBe('deleted');
			await b.reload();
			await shows(b, { text: '保存されている被害の記録はありません。' });

			const path = join(tmp, 'export.json');
			writeFileSync(path, file);
			await b.setFile({ testId: 'import-file' }, path);
			await eventually('the import notice', () => text(b, { testId: 'incidents-notice' }), (t) => t.includes('読み込みました'));
			expect(await count(b, { testId: 'incident-item' })).toBe(1);
			await b.click({ role: 'button', name: /^開く/ });
			await eventually('the imported details', () => value(b, DETAILS.device), (v) => v === 'ノートパソコン');
			expect(await value(b, DETAILS.os)).toBe('Windows 11');
			expect(await value(b, WHAT)).toBe(LOG);
		}
	},
	{
		name: 'after one visit every page opens with the server stopped',
		timeout: 240_000,
		async run({ browser: b, server, buildDir }) {
			await b.goto(server.url + '/');
			await controlled(b);
			const closing = server.close();
			server.server.closeAllConnections();
			await closing;
			// Control: the server is really gone.
			await expect(fetch(server.url + '/')).rejects.toThrow();
			const pages = prerenderedPages(buildDir);
			for (const path of pages) {
				await b.goto(server.url + path);
				await interactive(b);
				expect(await b.run<string>("return document.querySelector('main')?.textContent.trim() ?? ''"), path).not.toBe('');
			}
			await b.reload();
			await interactive(b);
		}
	},
	{
		name: 'a new build shows the update banner, and runs once accepted',
		timeout: 150_000,
		async run({ browser: b, buildDir, update }) {
			const server = await serve({ root: buildDir, port: 0 });
			try {
				await b.goto(server.url + '/about');
				await hydrated(b);
				await controlled(b);
				// The footer's offline note: the app's own registration is in place and has cached this version.
				await shows(b, { testId: 'offline-ready' }, 30_000);
				const before = await text(b, { testId: 'app-version' });
				expect(before).not.toContain(update.name);
				await b.run('window.__inTheMiddle = true');

				server.setRoot(update.dir);
				await b.run('await (await navigator.serviceWorker.getRegistration())?.update()');
				const banner: Query = { testId: 'update-banner' };
				// A whole new version is cached before it waits: slow on a busy 2-core machine.
				await shows(b, banner, 60_000).catch(async (error) => {
					const states = await b.run('const r = await navigator.serviceWorker.getRegistration(); return r && { installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state };');
					throw new Error(`${error.message}; service worker: ${JSON.stringify(states)}`);
				});
				expect(await text(b, banner)).toContain('新しいバージョンがあります');
				// Nothing changed on its own.
				expect(await b.run('return window.__inTheMiddle === true')).toBe(true);
				expect(await text(b, { testId: 'app-version' })).toBe(before);

				await b.click({ within: banner, role: 'button', name: '更新' });
				await eventually('the new version', () => text(b, { testId: 'app-version' }), (t) => t.includes(update.name), 30_000);
				expect(await b.run('return window.__inTheMiddle === true')).toBe(false);
			} finally {
				await server.close();
			}
		}
	}
];
