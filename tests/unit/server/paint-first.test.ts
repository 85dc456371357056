import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { AFTER_FIRST_PAINT, paintBeforeStart } from '$lib/server/paint-first';

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
	it('makes the start script wait for the first contentful paint, and swaps its hash in the CSP', () => {
		const out = paintBeforeStart(page(script));
		const body = /<script>([\s\S]*?)<\/script>/.exec(out)![1]!;
		expect(body).toContain(AFTER_FIRST_PAINT);
		expect(body.indexOf('first-contentful-paint')).toBeLessThan(body.indexOf('import('));
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

describe('AFTER_FIRST_PAINT', () => {
	type Observer = { callback: (list: { getEntriesByName: (n: string) => unknown[] }, seen: { disconnect: () => void }) => void };
	const run = (paint: boolean) => {
		const observers: Observer[] = [];
		const timers: (() => void)[] = [];
		let settled = false;
		const PerformanceObserver = Object.assign(
			function (this: Observer, callback: Observer['callback']) {
				this.callback = callback;
				observers.push(this);
			},
			{ supportedEntryTypes: paint ? ['paint', 'largest-contentful-paint'] : [] }
		);
		PerformanceObserver.prototype.observe = () => {};
		const frames: (() => void)[] = [];
		const promise = new Function('self', 'PerformanceObserver', 'setTimeout', 'requestAnimationFrame', `return ${AFTER_FIRST_PAINT};`)(
			{ PerformanceObserver },
			PerformanceObserver,
			(f: () => void) => timers.push(f),
			(f: () => void) => frames.push(f)
		) as Promise<void>;
		void promise.then(() => (settled = true));
		return { observers, timers, frames, settled: () => settled };
	};

	it('settles a task after the first contentful paint is reported, not at the first paint', async () => {
		const { observers, timers, settled } = run(true);
		expect(observers).toHaveLength(1);
		const disconnect = { disconnect: () => {} };
		observers[0]!.callback({ getEntriesByName: () => [] }, disconnect); // first-paint only
		expect(timers).toHaveLength(1); // only the 1 s cap
		observers[0]!.callback({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }, disconnect);
		expect(timers).toHaveLength(2);
		timers[1]!();
		await Promise.resolve();
		expect(settled()).toBe(true);
	});

	it('falls back to the frame after the next without paint timing, and to 1 s at most', async () => {
		const { observers, frames, timers } = run(false);
		expect(observers).toHaveLength(0);
		expect(frames).toHaveLength(1);
		expect(timers).toHaveLength(1);
	});
});
