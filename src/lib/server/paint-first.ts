import { createHash } from 'node:crypto';

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * An expression: a promise settled a task after the browser reports the page's first contentful
 * paint (presented, not only drawn: a script fetched between the two still counts as holding the
 * paint back, in Lighthouse's simulation too), or after 1 s at most, for a page opened in a
 * background tab, which paints nothing. Without paint timing: the frame after the next.
 */
export const AFTER_FIRST_PAINT =
	"new Promise((painted) => { const later = () => setTimeout(painted); if (self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) new PerformanceObserver((list, seen) => { if (list.getEntriesByName('first-contentful-paint').length) { seen.disconnect(); later(); } }).observe({ type: 'paint', buffered: true }); else requestAnimationFrame(() => requestAnimationFrame(later)); setTimeout(painted, 1000); })";

const FETCH = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
const AFTER_PAINT = `${AFTER_FIRST_PAINT}.then(() => Promise.all([`;

/**
 * Lets a prerendered page paint before SvelteKit's start script fetches and runs the app. Without
 * this the scripts are fetched while the page is parsed and, from the service worker's cache, can
 * hydrate before the first paint, holding it back; a slow network also spends its first round
 * trips on them. The start script's hash in the Content-Security-Policy is replaced with the new
 * one. A start script of another shape is left as it is (tests/e2e/first-paint.spec.ts notices).
 */
export function paintBeforeStart(html: string): string {
	const match = /<script>([\s\S]*?)<\/script>/.exec(html);
	const body = match?.[1];
	if (!body || !body.includes(FETCH) || !body.includes(THEN) || !body.includes('kit.start(')) return html;
	const oldHash = sha256(body);
	if (!html.includes(oldHash)) return html;
	const next = body.replace(FETCH, AFTER_PAINT).replace(THEN, `]))${THEN.slice(2)}`);
	return html.replace(`<script>${body}</script>`, `<script>${next}</script>`).replace(oldHash, sha256(next));
}
