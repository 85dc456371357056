// Debian's Chromium for the e2e tests: found, or installed with apt-get as root.
// Never a browser downloaded by Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}

export function ensureChromium() {
	let path = findChromium();
	if (path) return path;
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		console.error(
			'The end-to-end tests need Chromium. Install Debian\'s package as root:\n' +
				'  apt-get update && apt-get install -y chromium\n' +
				'or point CHROMIUM_PATH at a Chromium binary, then run npm test again.'
		);
		process.exit(1);
	}
	console.log('▶ Chromium not found: installing Debian\'s chromium package (apt-get)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	path = findChromium();
	if (!path) {
		console.error('Installing chromium with apt-get failed; see the messages above. Install it by hand and rerun.');
		process.exit(1);
	}
	return path;
}

