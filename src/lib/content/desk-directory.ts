import type { Certainty, DeskKind, Localized } from './schema';
import type { DeskId } from './desk-ids';
import { deskDirectory as checked } from 'virtual:content/desk-directory';

/** A desk as pages name and address it: its name, kind and region, and the address a summary goes to. */
export interface DeskDirectoryEntry {
	id: DeskId;
	name: Localized;
	kind: DeskKind;
	/** 'national', or the prefecture (JP-13) a regional desk serves. */
	region: string;
	/** The first email address for questions (not one that only takes a forwarded message). */
	email?: { address: string; certainty: Certainty };
}

/**
 * Every desk's name and summary address, in the desks' order (content.server.ts): a module of its
 * own, so a page that only names desks does not load every desk's words (./desks.ts).
 */
export const deskDirectory: DeskDirectoryEntry[] = checked;

const ids = new Set<string>(deskDirectory.map((d) => d.id));

/** Whether a desk file exists for this id (ids from links, imports and old records). */
export function isDirectoryDesk(id: string): id is DeskId {
	return ids.has(id);
}
