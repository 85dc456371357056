// A server load: it runs while prerendering, so the desks reach the browser inside the page, not as
// a script with every desk in it.
import { desks } from '$lib/content/desks';
import { Category } from '$lib/content/schema';

export function load() {
	const groups = Category.options
		.map((category) => ({ category, desks: desks.filter((d) => d.category === category) }))
		.filter((group) => group.desks.length > 0);
	return { groups };
}
