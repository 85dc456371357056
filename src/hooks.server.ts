import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { paintBeforeStart } from '$lib/server/paint-first';
import { homeScriptTags } from '$lib/server/home-script';
import { dev } from '$app/environment';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = paintBeforeStart(html.replace('%paraglide.lang%', locale));
				// The home page has no SvelteKit start script (csr = false), only its own (src/home.ts),
				// after everything it shows.
				return event.route.id === '/' ? page.replace('</body>', `${homeScriptTags(dev)}</body>`) : page;
			},
			// No <link rel="modulepreload"> in the head: the start script fetches the scripts once the
			// page is painted (paintBeforeStart), so they never hold back its first paint. (Every style
			// is inlined; see kit.inlineStyleThreshold.)
			preload: ({ type }) => type !== 'js'
		});
	});
