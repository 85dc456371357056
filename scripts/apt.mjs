// A browser the tests need, from Debian's packages: found, or installed with apt-get as root.
// Never a browser downloaded by a test tool.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Gives what `find()` finds; when it finds nothing, installs `packages` with apt-get (as root) and
 * looks again. Exits with the command to run by hand when it cannot.
 * @template T
 * @param {{ what: string, packages: string[], find: () => T | undefined, hint?: string }} need
 * @returns {T}
 */
export function ensureFromApt({ what, packages, find, hint = '' }) {
	let found = find();
	if (found) return found;
	const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		console.error(`${what} is needed. Install Debian's packages as root:\n  ${command}\n${hint}then run the tests again.`);
		process.exit(1);
	}
	console.log(`▶ ${what} not found: installing Debian's ${packages.join(', ')} (apt-get)…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
	found = find();
	if (!found) {
		console.error(`Installing ${packages.join(' ')} with apt-get failed; see the messages above. Install it by hand (${command}) and rerun.`);
		process.exit(1);
	}
	return found;
}
