import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { AFTER_FIRST_PAINT, sha256 } from './paint-first.ts';

/**
 * The home page's own script (src/home.ts; the page has csr = false). Vite builds it as one more
 * entry of the client build; the prerendered home page then imports it after its first paint (withHomeScript). The
 * client build runs after the server build and before prerendering, so its file name reaches the
 * prerender worker through the environment it inherits (as SHODO_BUILD does in svelte.config.js).
 */
const ENTRY = resolve('src/home.ts');
const ENV = 'SHODO_HOME_SCRIPT';

interface HomeScript {
	src: string;
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
			const script: HomeScript = { src: `/${chunk.fileName}` };
			process.env[ENV] = JSON.stringify(script);
		}
	};
}

/**
 * The home page with its script: a small inline loader at the end of the body imports it once the
 * page is painted (AFTER_FIRST_PAINT), so neither it nor its chunks are fetched before the first
 * paint, and the loader's hash joins script-src in the page's Content-Security-Policy (no
 * 'unsafe-inline'). In development Vite serves the source by a plain tag (the CSP is a header there).
 */
export function withHomeScript(html: string, dev: boolean): string {
	if (dev) return html.replace('</body>', '<script type="module" src="/src/home.ts"></script></body>');
	const raw = process.env[ENV];
	if (!raw) throw new Error(`${ENV} is not set: the client build did not build src/home.ts (see src/lib/server/home-script.ts)`);
	const { src } = JSON.parse(raw) as HomeScript;
	const loader = `${AFTER_FIRST_PAINT}.then(() => import(${JSON.stringify(src)}));`;
	const csp = /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/.exec(html);
	if (!csp?.[1]) throw new Error('the home page has no Content-Security-Policy with script-src: its loader could not be hashed');
	return html.replace(csp[1], `${csp[1]} ${sha256(loader)}`).replace('</body>', `<script>${loader}</script></body>`);
}
