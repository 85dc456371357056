import type { Localized } from '$lib/content/schema';
import { ownContactNames, roleOfDeskId } from '$lib/content/own-contact-names';
import type { Role } from './roles';

/**
 * The ids and names of the profile's contacts as desks ('own-<role>'), kept apart from the rest
 * of ./own-desks.ts so a page can name a saved contact without loading the profile. The ids and
 * names have their home in content; a saved contact is named by `deskName` (incident/desk-names).
 */
export { OWN_PREFIX, ownDeskId, roleOfDeskId } from '$lib/content/own-contact-names';

/** What each contact is called as a desk (content/profile/own-contacts.json). */
export const ROLE_NAMES: Record<Role, Localized> = ownContactNames;

/** Where a desk's page is: a profile contact lives on the profile page, any other desk on its own page. */
export function deskPage(id: string): string {
	return roleOfDeskId(id) ? '/profile' : `/desks/${id}`;
}
