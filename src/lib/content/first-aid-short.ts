import type { Localized } from './schema';
import { firstAidShort as short } from 'virtual:content/first-aid-short';

/** A first-aid rule in the few words the home page's first screen has room for. */
export interface ShortRule {
	id: string;
	title: Localized;
	body: Localized;
}

/**
 * The rules of content/first-aid/first-aid.json that have a "short" form, in their order, in those
 * words (the home page). Its own module, so the home page does not load the rest of first aid.
 */
export const firstAidShort: ShortRule[] = short;
