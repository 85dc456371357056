import { afterEach, describe, expect, it } from 'vitest';
import { homeScriptTags } from '$lib/server/home-script';

const saved = process.env.SHODO_HOME_SCRIPT;
afterEach(() => {
	if (saved === undefined) delete process.env.SHODO_HOME_SCRIPT;
	else process.env.SHODO_HOME_SCRIPT = saved;
});

describe('homeScriptTags', () => {
	it('loads the built home script as a module, with every chunk it imports preloaded', () => {
		process.env.SHODO_HOME_SCRIPT = JSON.stringify({ src: '/_app/immutable/chunks/home.js', imports: ['/_app/immutable/chunks/a.js', '/_app/immutable/chunks/b.js'] });
		expect(homeScriptTags(false)).toBe(
			'<link rel="modulepreload" href="/_app/immutable/chunks/a.js">' +
				'<link rel="modulepreload" href="/_app/immutable/chunks/b.js">' +
				'<script type="module" src="/_app/immutable/chunks/home.js"></script>'
		);
	});

	it('fails the prerender, naming the cause, when the client build did not build the script', () => {
		delete process.env.SHODO_HOME_SCRIPT;
		expect(() => homeScriptTags(false)).toThrow(/src\/home\.ts/);
	});

	it('serves the source through Vite in development', () => {
		delete process.env.SHODO_HOME_SCRIPT;
		expect(homeScriptTags(true)).toBe('<script type="module" src="/src/home.ts"></script>');
	});
});
