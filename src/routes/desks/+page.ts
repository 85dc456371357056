import { desks } from '$lib/content/desks';
import { Category } from '$lib/content/schema';

export function load() {
	const groups = Category.options
		.map((category) => ({ category, desks: desks.filter((d) => d.category === category) }))
		.filter((group) => group.desks.length > 0);
	return { groups };
}
