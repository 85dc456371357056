import type { Localized } from '$lib/content/schema';
import { ownContactNames } from '$lib/content/own-contact-names';
import { ROLES, type Role } from './roles';

/**
 * The ids and names of the profile's contacts as desks ('own-<role>'), kept apart from the rest
 * of ./own-desks.ts so a page can name a saved contact without loading the profile.
 */
export const OWN_PREFIX = 'own-';
const ROLE_ID: Record<Role, string> = {
	manager: 'manager',
	otasuketai: 'otasuketai',
	itVendor: 'it-vendor',
	insurer: 'insurer',
	bank: 'bank'
};

/** What each contact is called as a desk (content/profile/own-contacts.json). */
export const ROLE_NAMES: Record<Role, Localized> = ownContactNames;

export function ownDeskId(role: Role): string {
	return OWN_PREFIX + ROLE_ID[role];
}

export function roleOfDeskId(id: string): Role | undefined {
	return ROLES.find((r) => ownDeskId(r) === id);
}

/** An own contact's name by what it is (「お助け隊サービスの契約先」), for a saved contact named by id; undefined for any other id. */
export function ownRoleName(id: string, locale: 'ja' | 'en'): string | undefined {
	const role = roleOfDeskId(id);
	return role ? ROLE_NAMES[role][locale] : undefined;
}

/** Where a desk's page is: a profile contact lives on the profile page, any other desk on its own page. */
export function deskPage(id: string): string {
	return roleOfDeskId(id) ? '/profile' : `/desks/${id}`;
}
