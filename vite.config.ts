import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/content/content.server.ts';
import { holidaysPlugin } from './src/lib/time/holidays.server.ts';
import { homeScriptPlugin } from './src/lib/server/home-script.ts';
import { releasePlugin } from './src/lib/server/release.ts';

export default defineConfig({
	plugins: [
		// Checks content/ at build time and serves it as plain data (no zod in the browser).
		contentPlugin(),
		// The holiday table without the library around it.
		holidaysPlugin(),
		// The home page's own script (src/home.ts), built beside the SvelteKit client.
		homeScriptPlugin(),
		// Stable content chunks and the build's name as a file: an update downloads what changed.
		releasePlugin(),
		sveltekit(),
		// Under vitest the plugin's file watcher keeps the process alive; tests compile the
		// messages once beforehand (npm run i18n) instead.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './content/i18n/project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['url', 'baseLocale']
			})
	],
	server: { fs: { allow: ['content'] } },
	// The import worker (src/lib/incident/import.worker.ts) is a module that shares chunks with the page.
	worker: { format: 'es' },
	build: {
		// No <link rel=modulepreload> for the chunks a dynamic import needs: the browser finds them in
		// the module it fetches. Vite's helper appended one link per chunk (45 on the triage) in the
		// task that hydrates the page, and starting that many fetches one by one was the longest task
		// after the first paint on a slow phone. (The stylesheets of a lazy chunk still come through it.)
		modulePreload: false
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					// getByRole over a whole page in jsdom is slow on a 2-core machine.
					testTimeout: 30_000,
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
