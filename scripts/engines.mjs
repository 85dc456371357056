// The other engines' lanes (tests/lanes): Debian's Firefox ESR, and WebKitGTK's WebDriver with
// its MiniBrowser under Xvfb. Found, or installed with apt-get as root (scripts/apt.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureFromApt } from './apt.mjs';

/** @param {string} name */
const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;

export function ensureFirefox() {
	return ensureFromApt({
		what: 'Firefox ESR (for the Firefox lane)',
		packages: ['firefox-esr'],
		find: () => [process.env.FIREFOX_PATH, which('firefox-esr')].find((path) => path && existsSync(path))
	});
}

/** MiniBrowser is not on the PATH: it is where libwebkit2gtk's package put it. */
function findMiniBrowser() {
	const listed = spawnSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).stdout ?? '';
	return listed.split('\n').find((line) => line.endsWith('/MiniBrowser') && existsSync(line));
}

/** @returns {{ webKitWebDriver: string, miniBrowser: string, xvfb: string }} */
export function ensureWebKit() {
	return ensureFromApt({
		what: 'WebKitWebDriver, MiniBrowser and Xvfb (for the WebKit lane)',
		packages: ['webkit2gtk-driver', 'xvfb'],
		find: () => {
			const webKitWebDriver = which('WebKitWebDriver');
			const miniBrowser = findMiniBrowser();
			const xvfb = which('Xvfb');
			return webKitWebDriver && miniBrowser && xvfb ? { webKitWebDriver, miniBrowser, xvfb } : undefined;
		}
	});
}

if (process.argv[1]?.endsWith('engines.mjs')) console.log(JSON.stringify({ firefox: ensureFirefox(), webkit: ensureWebKit() }));
