import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { paintBeforeStart } from '$lib/server/paint-first';
import { withHomeScript } from '$lib/server/home-script';
import { dev } from '$app/environment';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = paintBeforeStart(html.replace('%paraglide.lang%', locale));
				// The home page has no SvelteKit start script (csr = false), only its own (src/home.ts),
				// imported after its first paint.
				return event.route.id === '/' ? withHomeScript(page, dev) : page;
			},
			// No <link rel="modulepreload"> in the head: the start script fetches the scripts once the
			// page is painted (paintBeforeStart), so they never hold back its first paint. (Every style
			// is inlined; see kit.inlineStyleThreshold.)
			preload: ({ type }) => type !== 'js'
		});
	});
