// Debian's Chromium for the e2e tests: found, or installed with apt-get as root.
// Never a browser downloaded by Playwright.
import { existsSync } from 'node:fs';
import { ensureFromApt } from './apt.mjs';

function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}

export function ensureChromium() {
	return ensureFromApt({
		what: 'Chromium (for the end-to-end tests)',
		packages: ['chromium'],
		find: findChromium,
		hint: 'or point CHROMIUM_PATH at a Chromium binary, '
	});
}
