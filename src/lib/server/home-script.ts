import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The home page's own script (src/home.ts; the page has csr = false). Vite builds it as one more
 * entry of the client build; the prerendered home page then loads it with a script tag. The
 * client build runs after the server build and before prerendering, so its file name reaches the
 * prerender worker through the environment it inherits (as SHODO_BUILD does in svelte.config.js).
 */
const ENTRY = resolve('src/home.ts');
const ENV = 'SHODO_HOME_SCRIPT';

interface HomeScript {
	src: string;
	/** The chunks it imports, directly or not, preloaded beside it. */
	imports: string[];
}

export function homeScriptPlugin(): Plugin {
	let client = false;
	return {
		name: 'shodo-home-script',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (!client) {
				// The server build comes first: forget any name inherited from another build.
				delete process.env[ENV];
				return;
			}
			this.emitFile({ type: 'chunk', id: ENTRY, name: 'home' });
		},
		generateBundle(_options, bundle) {
			if (!client) return;
			const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === ENTRY);
			if (!chunk || chunk.type !== 'chunk') this.error('the home page script (src/home.ts) was not built');
			// Every chunk it imports, however deep, so none waits for the one before it.
			const imports = new Set<string>();
			const visit = (file: string) => {
				const dep = bundle[file];
				if (imports.has(file) || dep?.type !== 'chunk') return;
				imports.add(file);
				dep.imports.forEach(visit);
			};
			chunk.imports.forEach(visit);
			const script: HomeScript = { src: `/${chunk.fileName}`, imports: [...imports].map((f) => `/${f}`) };
			process.env[ENV] = JSON.stringify(script);
		}
	};
}

/** The script tag (and its imports' preloads) for the end of the home page's body. */
export function homeScriptTags(dev: boolean): string {
	const raw = dev ? JSON.stringify({ src: '/src/home.ts', imports: [] }) : process.env[ENV];
	if (!raw) throw new Error(`${ENV} is not set: the client build did not build src/home.ts (see src/lib/server/home-script.ts)`);
	const { src, imports } = JSON.parse(raw) as HomeScript;
	return [...imports.map((href) => `<link rel="modulepreload" href="${href}">`), `<script type="module" src="${src}"></script>`].join('');
}
