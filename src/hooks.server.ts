import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { paintBeforeStart } from '$lib/server/paint-first';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => paintBeforeStart(html.replace('%paraglide.lang%', locale)),
			// No <link rel="modulepreload"> in the head: the start script fetches the scripts once the
			// page is painted (paintBeforeStart), so they never hold back its first paint. (Every style
			// is inlined; see kit.inlineStyleThreshold.)
			preload: ({ type }) => type !== 'js'
		});
	});
