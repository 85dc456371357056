import type { Desk } from './schema';
import type { DeskId } from './desk-ids';
import { desks as checked } from 'virtual:content/desks';

export type { Desk };

/**
 * Every desk, checked at build time (content.server.ts), in the order of content/desk-order.json
 * and then by id.
 */
export const desks: Desk[] = checked;

const byId = new Map(desks.map((d) => [d.id, d]));

/** Whether a desk file exists for this id (ids from links, imports and old records). */
export function isDeskId(id: string): id is DeskId {
	return byId.has(id);
}

export function getDesk(id: DeskId): Desk {
	const desk = byId.get(id);
	if (!desk) throw new Error(`No desk content for "${id}" (content/desks/${id}.json)`);
	return desk;
}
