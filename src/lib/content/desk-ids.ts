import { deskIds as ids, deskOrder } from 'virtual:content/desk-ids';

/**
 * Every desk the app knows. A desk's id is its file name in content/desks/, so a desk is added by
 * adding a file. Routing, incidents and saved contacts refer to desks by id, so an id never
 * changes once shipped. Listing the ids loads no desk.
 */
export type DeskId = string;

/** Where a desk goes within its category on the desks page (content/desk-order.json); unlisted desks go last. */
export function deskRank(id: string): number {
	const i = deskOrder.indexOf(id);
	return i === -1 ? deskOrder.length : i;
}

/** In the order of content/desk-order.json, then the rest by id. */
export const deskIds: readonly DeskId[] = ids;
