import { defineConfig } from 'vitest/config';

// The WebKit and Firefox lanes (`npm run test:lanes`): one browser per lane file, one lane at a
// time (a 2-core machine), each scenario a test in the order of scenarios.ts.
export default defineConfig({
	test: {
		name: 'lanes',
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/lanes/*.lane.ts'],
		environment: 'node',
		globalSetup: ['tests/lanes/global-setup.ts'],
		fileParallelism: false,
		hookTimeout: 60_000
	}
});
