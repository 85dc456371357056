// `npm run test:lanes`: build, then the WebKit and Firefox lanes (tests/lanes) on the built app.
// Extra arguments go to vitest (a lane file, -t 'name'). `npm test` runs the lanes itself.
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const build = spawnSync(node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const lanes = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run', '-c', 'tests/lanes/vitest.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(lanes.status ?? 1);
