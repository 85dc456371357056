import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ensureFirefox, ensureWebKit } from '../../scripts/engines.mjs';
import { buildDir } from '../e2e/pages';
import { UPDATE_BUILD_NAME, builtAt, updateBuildDir } from '../e2e/global-setup';

declare module 'vitest' {
	export interface ProvidedContext {
		firefox: string;
		webkit: { webKitWebDriver: string; miniBrowser: string; xvfb: string };
		buildDir: string;
		update: { dir: string; name: string };
	}
}

/** The engines (installed from Debian if missing), the built app, and a second build to update to. */
export default function setup(project: TestProject): void {
	if (!builtAt(buildDir)) throw new Error(`No build in ${buildDir}: run \`npm run build\` first (npm run test:lanes does).`);
	// The e2e run builds the same second version; made after this build, it can serve again.
	if (builtAt(updateBuildDir) <= builtAt(buildDir)) {
		execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
			stdio: 'inherit',
			// vitest sets NODE_ENV=test, and Vite builds with import.meta.env.DEV true unless it is production:
			// such a build never starts its service worker code (src/routes/+layout.svelte).
			env: { ...process.env, NODE_ENV: 'production', SHODO_BUILD: UPDATE_BUILD_NAME, SHODO_OUT: updateBuildDir }
		});
	}
	project.provide('firefox', ensureFirefox());
	project.provide('webkit', ensureWebKit());
	project.provide('buildDir', buildDir);
	project.provide('update', { dir: updateBuildDir, name: UPDATE_BUILD_NAME });
}
