import { fileURLToPath } from 'node:url';
import { buildNextVersion } from '../../scripts/next-version.mjs';

export { CHANGED_DESK, UPDATED_SUFFIX, deskSummary } from '../../scripts/next-version.mjs';
export const UPDATE_BUILD_NAME = 'e2e-update-build';
export const updateBuildDir = fileURLToPath(new URL('../../.e2e/update-build', import.meta.url));

/** The next version, served in place of the first by the update test: another build name and one desk's sentence changed. */
export default function globalSetup(): void {
	buildNextVersion({ out: updateBuildDir, name: UPDATE_BUILD_NAME, source: fileURLToPath(new URL('../../.e2e/update-source', import.meta.url)) });
}
