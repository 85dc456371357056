import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNextVersion } from '../../scripts/next-version.mjs';
import { buildDir } from './pages';

export { CHANGED_DESK, UPDATED_SUFFIX, deskSummary } from '../../scripts/next-version.mjs';
export const UPDATE_BUILD_NAME = 'e2e-update-build';
export const updateBuildDir = fileURLToPath(new URL('../../.e2e/update-build', import.meta.url));

/** When the build in `dir` was made (its version file's time), 0 when there is none. */
export const builtAt = (dir: string) => (existsSync(join(dir, '_app/version.json')) ? statSync(join(dir, '_app/version.json')).mtimeMs : 0);

/**
 * The next version, served in place of the first by the update test: another build name and one
 * desk's sentence changed. Made once per build of the app: the run's second phase (the tests run
 * alone, scripts/e2e-phases.mjs) finds it newer than the app's build and keeps it.
 */
export default function globalSetup(): void {
	if (builtAt(updateBuildDir) > builtAt(buildDir)) return;
	buildNextVersion({ out: updateBuildDir, name: UPDATE_BUILD_NAME, source: fileURLToPath(new URL('../../.e2e/update-source', import.meta.url)) });
}
