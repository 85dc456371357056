// `npm run test:e2e`: build, then the Playwright tests in Debian's Chromium on a free port.
// Extra arguments go to Playwright (a file, -g 'name'); the two phases run one after the other
// (./e2e-phases.mjs).
import { spawnSync } from 'node:child_process';
import { runE2e } from './e2e-phases.mjs';
import { ensureChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';

const node = process.execPath;
const env = { ...process.env, CHROMIUM_PATH: ensureChromium(), E2E_PORT: process.env.E2E_PORT || String(await freePort()) };
const build = spawnSync(node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const statuses = runE2e(process.argv.slice(2), env);
process.exit(statuses.every((s) => s === 0) ? 0 : 1);
