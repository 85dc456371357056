import type { Plugin } from 'vite';

/**
 * What lets an update download only what changed (the service worker precaches by revision, see
 * scripts/precache.mjs):
 * - each content module (virtual:content/*) is its own chunk with a stable name under _app/content/,
 *   outside _app/immutable. A hashed name would change with one desk's hours, then the name of every
 *   chunk that imports it, of the page nodes, of the app entry and so of every prerendered page that
 *   loads it (114 files for one changed sentence). Stable, only the data file and the pages that show
 *   the desk change. Served with no-cache (scripts/serve.mjs) and precached by revision.
 * - the build's name is a file (_app/build.json), read at run time, not in every page: the version
 *   SvelteKit hashes into every page is the package version (svelte.config.js).
 */
export const BUILD_FILE = '_app/build.json';
const CONTENT = /virtual:content\/([\w-]+)/;

export function releasePlugin(): Plugin {
	let client = false;
	return {
		name: 'shodo-release',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		outputOptions(options) {
			const original = options.chunkFileNames;
			// The client build only (SvelteKit names its client chunks under _app/immutable).
			if (!client || typeof original !== 'string' || !original.includes('/immutable/')) return;
			return {
				...options,
				codeSplitting: {
					groups: [{ debugName: 'content', name: (id: string) => (CONTENT.exec(id) ? `content-${CONTENT.exec(id)![1]}` : null) }]
				},
				chunkFileNames: (chunk: { name: string }) => (chunk.name.startsWith('content-') ? `_app/content/${chunk.name}.js` : original)
			} as typeof options;
		},
		generateBundle() {
			// SHODO_BUILD is decided in svelte.config.js, loaded after this file: read it now.
			if (!client) return;
			this.emitFile({ type: 'asset', fileName: BUILD_FILE, source: JSON.stringify({ build: process.env.SHODO_BUILD ?? '' }) });
		}
	};
}
