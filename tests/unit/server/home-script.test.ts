import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { withHomeScript } from '$lib/server/home-script';
import { AFTER_FIRST_PAINT } from '$lib/server/paint-first';

const saved = process.env.SHODO_HOME_SCRIPT;
afterEach(() => {
	if (saved === undefined) delete process.env.SHODO_HOME_SCRIPT;
	else process.env.SHODO_HOME_SCRIPT = saved;
});

const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'"></head><body><main>first aid</main></body>`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('withHomeScript', () => {
	it('imports the built home script after the first paint, from one inline loader whose hash joins the CSP', () => {
		process.env.SHODO_HOME_SCRIPT = JSON.stringify({ src: '/_app/immutable/chunks/home.js' });
		const out = withHomeScript(page, false);
		const scripts = [...out.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		expect(scripts).toHaveLength(1);
		const [, attributes, loader] = scripts[0]!;
		expect(attributes).toBe('');
		expect(loader).toBe(`${AFTER_FIRST_PAINT}.then(() => import("/_app/immutable/chunks/home.js"));`);
		expect(out).toContain(`script-src 'self' ${hash(loader!)};`);
		expect(out).not.toContain('unsafe-inline');
		expect(out).not.toContain('modulepreload');
		expect(out.indexOf('first aid')).toBeLessThan(out.indexOf('<script'));
		expect(() => new Function(loader!)).not.toThrow();
	});

	it('fails the prerender, naming the cause, when the client build did not build the script', () => {
		delete process.env.SHODO_HOME_SCRIPT;
		expect(() => withHomeScript(page, false)).toThrow(/src\/home\.ts/);
	});

	it('fails the prerender when there is no CSP to hold the loader\'s hash', () => {
		process.env.SHODO_HOME_SCRIPT = JSON.stringify({ src: '/_app/immutable/chunks/home.js' });
		expect(() => withHomeScript('<body></body>', false)).toThrow(/Content-Security-Policy/);
	});

	it('serves the source through Vite in development', () => {
		delete process.env.SHODO_HOME_SCRIPT;
		expect(withHomeScript(page, true)).toContain('<script type="module" src="/src/home.ts"></script></body>');
	});
});
