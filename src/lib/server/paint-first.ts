import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const FETCH = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
/**
 * Waits for the first frame to be painted (rAF runs before a paint, a timeout queued there after
 * it), or 100 ms at most, for a page opened in a background tab, where frames wait.
 */
const AFTER_PAINT =
	'new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); }).then(() => Promise.all([';

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
