import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

// Debian's Chromium, never a downloaded browser. scripts/test.mjs finds or installs it.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4317);
const root = fileURLToPath(new URL('../..', import.meta.url));

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
	webServer: {
		command: `node scripts/serve.mjs build --port ${port}`,
		cwd: root,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
