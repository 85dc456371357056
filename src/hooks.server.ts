import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
			// No <link rel="modulepreload"> in the head: the scripts are fetched by the start script at
			// the end of the page, so they do not compete with the page itself for a slow network
			// before its first paint. (Every style is inlined; see kit.inlineStyleThreshold.)
			preload: ({ type }) => type !== 'js'
		});
	});
