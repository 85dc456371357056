// Phone-size screenshots for the manifest (Chrome's richer install dialog): the built app at
// 360×640 CSS pixels, 2× (720×1280), in Debian's Chromium. Japanese needs a CJK font
// (apt-get install -y fonts-noto-cjk). Run by hand after a visible change:
//   npx vite build && node scripts/make-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const SHOTS = [
	['home', '/'],
	['desks', '/desks'],
	['details', '/incident/details']
];

mkdirSync('static/screenshots', { recursive: true });
const server = await serve({ root: 'build', port: 0 });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
try {
	const context = await browser.newContext({
		viewport: { width: 360, height: 640 },
		deviceScaleFactor: 2,
		locale: 'ja-JP',
		timezoneId: 'Asia/Tokyo',
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	for (const [name, path] of SHOTS) {
		await page.goto(server.url + path);
		// data-enhanced: the home page's own script has run (it is never hydrated; src/home.ts).
		await page.waitForFunction(() => ['data-hydrated', 'data-enhanced'].some((a) => document.documentElement.hasAttribute(a)));
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: `static/screenshots/${name}.png` });
		console.log(`static/screenshots/${name}.png`);
	}
} finally {
	await browser.close();
	await server.close();
}
