// `npm run bench`: build, serve, run Lighthouse (mobile emulation, Debian's Chromium) on the home
// page, and print one JSON line. A benchmark, not a test: it reports, it does not fail on budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const BUDGET = { performance: 0.95, jsGzipBytes: 60 * 1024 };
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
	console.error(`Chromium not found at ${chromePath}. Run npm test once (it installs it) or: apt-get install -y chromium`);
	process.exit(1);
}

if (!process.argv.includes('--no-build')) {
	const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serve({ root: 'build', port: 0 });
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
	const result = await lighthouse(`${server.url}/`, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	const lhr = result?.lhr;
	if (!lhr) throw new Error('Lighthouse returned no report');
	const requests = /** @type {{ url: string, resourceType?: string }[]} */ (
		/** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? []
	);
	let jsGzipBytes = 0;
	const scripts = [];
	for (const { url, resourceType } of requests) {
		if (resourceType !== 'Script') continue;
		const path = new URL(url).pathname;
		const file = join('build', path);
		if (!existsSync(file)) continue;
		const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
		jsGzipBytes += bytes;
		scripts.push(path);
	}
	const line = {
		page: '/',
		performance: lhr.categories.performance.score,
		lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? NaN),
		tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? NaN),
		jsGzipBytes,
		scripts: scripts.length,
		withinBudget: (lhr.categories.performance.score ?? 0) >= BUDGET.performance && jsGzipBytes <= BUDGET.jsGzipBytes,
		lighthouse: lhr.lighthouseVersion,
		formFactor: lhr.configSettings.formFactor
	};
	console.log(JSON.stringify(line));
} finally {
	await chrome.kill();
	await server.close();
}
