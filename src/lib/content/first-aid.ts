import type { Localized } from './schema';
import type { FirstAid } from './validate';
import { firstAid as checked, firstAidShort as short } from 'virtual:content/first-aid';

export type { FirstAid };

/** A first-aid rule in the few words the home page's first screen has room for. */
export interface ShortRule {
	id: string;
	title: Localized;
	body: Localized;
}

/** content/first-aid/first-aid.json, checked at build time (content.server.ts). */
export const firstAid: FirstAid = checked;

/** The rules that have a "short" form, in their order, in those words (the home page). */
export const firstAidShort: ShortRule[] = short;
