import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ALONE_TAG, chromiumArgs } from './playwright.config';
import { ROLES, type Role } from '../../src/lib/profile/roles';

type OwnContactsFile = { roles: Record<Role, { name: { ja: string; en: string }; formHint?: { ja: string; en: string } }> };
const ownContactsFile = (): OwnContactsFile => JSON.parse(readFileSync(new URL('../../content/profile/own-contacts.json', import.meta.url), 'utf8'));

/**
 * What each own contact (平時の備え) is called, read from content/profile/own-contacts.json, the one
 * home of these names: a test that finds a form field or a missing role by its name reads it here.
 */
export function roleNames(locale: 'ja' | 'en'): Record<Role, string> {
	const { roles } = ownContactsFile();
	return Object.fromEntries(ROLES.map((r) => [r, roles[r].name[locale]])) as Record<Role, string>;
}

/** What the profile form says under each contact's name, for the roles that have a hint (same file). */
export function roleHints(locale: 'ja' | 'en'): Partial<Record<Role, string>> {
	const { roles } = ownContactsFile();
	return Object.fromEntries(ROLES.flatMap((r) => (roles[r].formHint ? [[r, roles[r].formHint[locale]]] : [])));
}

/** Wait until a SvelteKit page has hydrated (the layout marks <html> on mount). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/**
 * Wait until the home page's own script has run (it marks <html> data-enhanced). The home page is
 * never hydrated: it ships no SvelteKit runtime (src/routes/+page.ts, src/home.ts).
 */
export async function enhanced(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'));
}

/** Either of the above, for a loop over every page. */
export async function interactive(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.documentElement.hasAttribute('data-hydrated') || document.documentElement.hasAttribute('data-enhanced')
	);
}

/** Wait until the service worker controls the page: only then is the app ready for offline use. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
		.toBe(true);
}

/** The triage's root element, which names the step on screen in data-step. */
export const triage = (page: Page) => page.getByTestId('triage');
/** An answer button of the triage's current question (the question built ahead of the next tap is unseen). */
export const option = (page: Page, value: string) => page.locator(`button[data-value="${value}"]:visible`);
/**
 * The triage shows `step`, and its history entry is written: the page writes it once the step is
 * painted, so a test pressing the browser's back button right after a tap waits for it, as no
 * person's thumb could fail to.
 */
export async function atStep(page: Page, step: string): Promise<void> {
	await expect(triage(page)).toHaveAttribute('data-step', step);
	await expect.poll(() => page.evaluate(() => (history.state?.['sveltekit:states'] as { triageStep?: string } | undefined)?.triageStep)).toBe(step);
}

/** First aid, then no threat to life, a small company, a malware alert: the desks show. */
export async function malwareAlert(page: Page): Promise<void> {
	await page.goto('/triage');
	await hydrated(page);
	await page.getByRole('button', { name: '切り離した・質問に進む' }).click();
	for (const [step, value] of [
		['safety', 'no'],
		['who', 'organisation'],
		['what', 'malware']
	] as const) {
		await atStep(page, step);
		await option(page, value).click();
	}
}

/** Deletes the app's database in the browser, as a cleared device would be; says how it went. */
export function clearDevice(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const request = indexedDB.deleteDatabase('shodo-navi');
				request.onsuccess = () => resolve('deleted');
				request.onerror = () => resolve('error');
				request.onblocked = () => resolve('blocked');
			})
	);
}

/**
 * The details of a test whose claim is a time (a kill -9 50 ms after a key): it runs after the
 * others, one at a time (the `alone` project, ./playwright.config.ts).
 */
export const ALONE = { tag: ALONE_TAG };

/**
 * What a killed browser keeps: `before` drives a browser of its own on a fresh profile, which is
 * killed with SIGKILL `afterMs` later; `after` drives a browser opened again on the same profile,
 * and what it returns is returned. Whatever happens, both browsers end and the profile is removed.
 * Only in a test declared with ALONE: the time between the last key and the kill is the claim.
 */
export async function acrossKill9<T>(
	before: (context: BrowserContext) => Promise<void>,
	after: (context: BrowserContext) => Promise<T>,
	afterMs = 50
): Promise<T> {
	if (!test.info().tags.includes(ALONE_TAG)) throw new Error(`A kill -9 test must be declared with ALONE (${ALONE_TAG}): its time is the claim.`);
	const dir = await mkdtemp(join(tmpdir(), 'shodo-kill-'));
	let live: LaunchedChromium | undefined;
	try {
		live = await launchChromium(dir);
		await before(live.context);
		await new Promise((r) => setTimeout(r, afterMs));
		await kill9(live);
		live = undefined;
		live = await launchChromium(dir);
		const kept = await after(live.context);
		await kill9(live);
		live = undefined;
		return kept;
	} finally {
		if (live) await kill9(live);
		await rm(dir, { recursive: true, force: true, maxRetries: 5 });
	}
}

/** Debian's Chromium as a process of its own on `dir` (a profile that outlives it), driven over CDP. */
type LaunchedChromium = { proc: ChildProcess; browser: Browser; context: BrowserContext };

async function launchChromium(dir: string): Promise<LaunchedChromium> {
	const proc = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...chromiumArgs, `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank'], {
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	const endpoint = await new Promise<string>((resolve, reject) => {
		let seen = '';
		proc.stderr!.on('data', (chunk) => {
			seen += String(chunk);
			const m = /DevTools listening on (ws:\S+)/.exec(seen);
			if (m) resolve(m[1]!);
		});
		proc.on('exit', () => reject(new Error(`Chromium exited: ${seen}`)));
	});
	const browser = await chromium.connectOverCDP(endpoint);
	return { proc, browser, context: browser.contexts()[0]! };
}

/**
 * Kills the browser and its children at once (SIGKILL to the process group): nothing gets to run on
 * the way out. Resolves once the process has exited AND Playwright has heard the connection drop:
 * until then the dead browser's context is still on Playwright's list, and the next test in this
 * worker fails at its start ("Target page, context or browser has been closed") when the trace
 * recorder reaches for it.
 */
function kill9({ proc, browser }: LaunchedChromium): Promise<void> {
	const exited = new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.on('exit', () => resolve())));
	const disconnected = new Promise<void>((resolve) => (browser.isConnected() ? browser.on('disconnected', () => resolve()) : resolve()));
	try {
		process.kill(-proc.pid!, 'SIGKILL');
	} catch {
		// Gone already (it crashed): nothing to kill.
	}
	return Promise.all([exited, disconnected]).then(() => undefined);
}

/** Every record in the app's database, incidents and meta, as JSON: what a drill must leave alone. */
export async function everything(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('shodo-navi');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, unknown> = {};
					for (const name of names) {
						const keys = tx.objectStore(name).getAllKeys();
						const values = tx.objectStore(name).getAll();
						values.onsuccess = () => (out[name] = { keys: keys.result, values: values.result });
					}
					tx.oncomplete = () => {
						db.close();
						resolve(JSON.stringify(out));
					};
				};
			})
	);
}

/**
 * The app's incident records, read straight from IndexedDB in the page, each whole: a long detail
 * text kept in its own record (src/lib/storage/long-texts.ts: `''` in the field, its version under
 * `textRefs`, the text in the `texts` store) is put back in its field, as the store reads it. A
 * text whose record is missing or of another version comes back as `{ missingText }`.
 */
export function storedIncidents<T = Record<string, unknown>>(page: Page): Promise<T[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('shodo-navi');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const getAll = (name: string) =>
			new Promise<unknown[]>((resolve, reject) => {
				if (!db.objectStoreNames.contains(name)) return resolve([]);
				const r = db.transaction(name).objectStore(name).getAll();
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const records = (await getAll('incidents')) as Record<string, unknown>[];
		const texts = (await getAll('texts')) as { id: string; field: string; version: string; text: string }[];
		db.close();
		return records.map((record) => {
			const refs = record.textRefs as Record<string, string> | undefined;
			if (!refs) return record;
			const { textRefs: _, ...rest } = record;
			const details = { ...(rest.details as Record<string, unknown>) };
			for (const [field, version] of Object.entries(refs)) {
				const found = texts.find((t) => t.id === record.id && t.field === field && t.version === version);
				details[field] = found ? found.text : { missingText: version };
			}
			return { ...rest, details };
		});
	}) as Promise<T[]>;
}
