import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

// Debian's Chromium, never a downloaded browser. scripts/test.mjs finds or installs it.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
// A free port unless E2E_PORT names one, so the tests run while `npm start` serves on 4317.
// Chosen once, here in the runner: the workers inherit process.env and load this file again.
process.env.E2E_PORT ||= execFileSync(process.execPath, ['scripts/free-port.mjs'], { cwd: root, encoding: 'utf8' }).trim();
const port = Number(process.env.E2E_PORT);

export const chromiumArgs = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The tag of tests whose claim is a time: kill -9 50 ms after a key or a tap, and what was typed is
 * on disk (tests/e2e/helpers.ts, ALONE). They run in the project `alone`, one at a time, after the
 * others (scripts/test.mjs and scripts/e2e.mjs run the projects one after the other): beside another
 * test's browser on this 2-core machine, the last write sometimes landed 100–130 ms after the key
 * (a frame, a timer or the IndexedDB commit starved of CPU), which measured the machine, not the
 * app (docs/reliability.md).
 */
export const ALONE_TAG = '@alone';

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	globalSetup: './global-setup.ts',
	outputDir: '../../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	forbidOnly: true,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		headless: true,
		locale: 'ja-JP',
		timezoneId: 'Asia/Tokyo',
		launchOptions: { executablePath, args: chromiumArgs },
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'parallel', grepInvert: new RegExp(ALONE_TAG) },
		{ name: 'alone', grep: new RegExp(ALONE_TAG), workers: 1 }
	],
	webServer: {
		command: `node scripts/serve.mjs build --port ${port}`,
		cwd: root,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
