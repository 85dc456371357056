import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const UPDATE_BUILD_NAME = 'e2e-update-build';
export const updateBuildDir = fileURLToPath(new URL('../../.e2e/update-build', import.meta.url));

/** A second build with another version name, served in place of the first by the update test. */
export default function globalSetup(): void {
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, SHODO_BUILD: UPDATE_BUILD_NAME, SHODO_OUT: updateBuildDir }
	});
}
