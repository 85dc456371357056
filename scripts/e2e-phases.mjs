// The end-to-end tests run in two phases, one after the other: the `parallel` project (every test
// but those tagged @alone, two at a time), then the `alone` project (the kill -9 tests, whose time
// is their claim, one at a time with nothing beside them). See tests/e2e/playwright.config.ts.
import { spawnSync } from 'node:child_process';

export const PHASES = ['parallel', 'alone'];

/**
 * Runs Playwright once per phase with `args` (a file, -g 'name'); `report(phase)` names a JSON
 * report file for the phase, or nothing. Returns each phase's exit status.
 */
export function runE2e(args, env, report) {
	return PHASES.map((phase) => {
		console.log(`\n▶ End-to-end tests (${phase})`);
		const json = report?.(phase);
		const result = spawnSync(
			process.execPath,
			['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/e2e/playwright.config.ts', '--project', phase, '--pass-with-no-tests', ...(json ? ['--reporter=list,json'] : []), ...args],
			{ stdio: 'inherit', env: { ...env, ...(json ? { PLAYWRIGHT_JSON_OUTPUT_NAME: json } : {}) } }
		);
		return result.status ?? 1;
	});
}
