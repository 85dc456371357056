import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { paintBeforeStart } from '$lib/server/paint-first';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const script = `
	{
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const page = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(body)}; style-src 'self'"></head><body><div><script>${body}</script></div></body>`;

describe('paintBeforeStart', () => {
	it('makes the start script wait for a painted frame, and swaps its hash in the CSP', () => {
		const out = paintBeforeStart(page(script));
		const body = /<script>([\s\S]*?)<\/script>/.exec(out)![1]!;
		expect(body).toContain('requestAnimationFrame(() => setTimeout(painted))');
		expect(body.indexOf('requestAnimationFrame')).toBeLessThan(body.indexOf('import('));
		expect(out).toContain(hash(body));
		expect(out).not.toContain(hash(script));
		// Still one valid script: parses, and runs kit.start after the imports.
		expect(() => new Function(body)).not.toThrow();
		expect(body).toContain('])).then(([kit, app]) =>');
	});

	it('leaves a page alone when the start script has another shape or no hash', () => {
		const other = page('console.log(1)');
		expect(paintBeforeStart(other)).toBe(other);
		const unhashed = page(script).replace(hash(script), "'unsafe-inline'");
		expect(paintBeforeStart(unhashed)).toBe(unhashed);
	});
});
