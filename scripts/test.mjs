// `npm test`: every check the project has, in the order that fails fastest, then one closing line
// "tests: N passed, N failed". Finds Debian's Chromium, Firefox ESR and WebKitGTK driver, or installs
// them (as root with apt-get).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox, ensureWebKit } from './engines.mjs';
import { freePort } from './free-port.mjs';
import { PHASES, runE2e } from './e2e-phases.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n✘ ${label} failed (exit ${result.status ?? result.signal}).`);
		console.log(`tests: ${counts.passed} passed, ${counts.failed + 1} failed`);
		process.exit(1);
	}
}

const counts = { passed: 0, failed: 0 };
function addVitest(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	counts.passed += report.numPassedTests;
	counts.failed += report.numFailedTests;
}

const node = process.execPath;
const bin = (name) => `node_modules/${name}`;

run('Compile messages (Paraglide)', node, [bin('@inlang/paraglide-js/bin/run.js'), 'compile', '--project', './content/i18n/project.inlang', '--outdir', './src/lib/paraglide', '--strategy', 'url', 'baseLocale', '--silent']);
run('Sync SvelteKit types', node, [bin('@sveltejs/kit/svelte-kit.js'), 'sync']);
run('svelte-check: 0 errors, 0 warnings', node, [bin('svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']);

run('Unit and component tests (TZ=UTC)', node, [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`], { TZ: 'UTC' });
addVitest(`${results}/vitest.json`);
for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
	if (!existsSync('tests/unit/time')) break;
	const out = `${results}/vitest-${tz.replace('/', '-')}.json`;
	run(`Time tests (TZ=${tz})`, node, [bin('vitest/vitest.mjs'), 'run', '--project', 'unit', 'tests/unit/time', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { TZ: tz });
	addVitest(out);
}

const chromium = ensureChromium();
ensureFirefox();
ensureWebKit();
run('Build', node, [bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
const e2eReport = (phase) => resolve(results, `playwright-${phase}.json`);
const e2eBefore = counts.failed;
const e2eStatuses = runE2e([], { ...process.env, CHROMIUM_PATH: chromium, E2E_PORT: process.env.E2E_PORT || String(await freePort()) }, e2eReport);
for (const phase of PHASES) {
	if (!existsSync(e2eReport(phase))) continue;
	const { stats } = JSON.parse(readFileSync(e2eReport(phase), 'utf8'));
	counts.passed += stats.expected;
	counts.failed += stats.unexpected + stats.flaky;
}
// A phase that failed without failing a test (no server, a config error): count it.
const e2eOk = e2eStatuses.every((s) => s === 0);
if (!e2eOk && counts.failed === e2eBefore) counts.failed += 1;

// The same app in WebKit and Firefox (tests/lanes), after the e2e run made the second build they update to.
console.log('\n▶ WebKit and Firefox lanes');
const lanesReport = resolve(results, 'lanes.json');
const lanes = spawnSync(node, [bin('vitest/vitest.mjs'), 'run', '-c', 'tests/lanes/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${lanesReport}`], { stdio: 'inherit' });
const lanesBefore = counts.failed;
if (existsSync(lanesReport)) {
	addVitest(lanesReport);
	for (const file of JSON.parse(readFileSync(lanesReport, 'utf8')).testResults) {
		const by = (status) => file.assertionResults.filter((t) => t.status === status).length;
		console.log(`${file.name.replace(/^.*\/(\w+)\.lane\.ts$/, '$1')} lane — ${by('passed')} passed, ${by('failed')} failed`);
	}
}
// A lane whose browser did not start fails without failing a test: count it.
if (lanes.status !== 0 && counts.failed === lanesBefore) counts.failed += 1;

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(e2eOk && lanes.status === 0 && counts.failed === 0 ? 0 : 1);
