import order from '$content/desk-order.json';

/**
 * Every desk the app knows. A desk's id is its file name in content/desks/, so a desk is added by
 * adding a file. Routing, incidents and saved contacts refer to desks by id, so an id never
 * changes once shipped. The glob is not eager: listing the ids loads no desk.
 */
export type DeskId = string;

const fileId = (key: string) => /([^/]+)\.json$/.exec(key)?.[1] ?? key;

/** Where a desk goes within its category on the desks page (content/desk-order.json); unlisted desks go last. */
export function deskRank(id: string): number {
	const i = order.order.indexOf(id);
	return i === -1 ? order.order.length : i;
}

export const deskIds: readonly DeskId[] = Object.keys(import.meta.glob('/content/desks/*.json'))
	.map(fileId)
	.sort((a, b) => deskRank(a) - deskRank(b) || a.localeCompare(b));
