import type { Localized } from './schema';
import type { OwnContactRole } from './validate-own-contacts';
import { ownContactNames as names } from 'virtual:content/own-contact-names';

/**
 * What each of the profile's contacts is called as a desk (「お助け隊サービスの契約先」), from
 * content/profile/own-contacts.json. Its own module, so a page that names a saved contact does not
 * load the rest of that file.
 */
export const ownContactNames: Record<OwnContactRole, Localized> = names;

/** The profile's contacts are desks too, named 'own-<role>' in the rules (content/triage/rules/15-own-contacts.json). */
export const OWN_PREFIX = 'own-';
const ROLE_ID: Record<OwnContactRole, string> = {
	manager: 'manager',
	otasuketai: 'otasuketai',
	itVendor: 'it-vendor',
	insurer: 'insurer',
	bank: 'bank'
};

/** The desk id of one of the profile's contacts. */
export function ownDeskId(role: OwnContactRole): string {
	return OWN_PREFIX + ROLE_ID[role];
}

/** Which contact a desk id names, if it names one of the profile's contacts. */
export function roleOfDeskId(id: string): OwnContactRole | undefined {
	return (Object.keys(ROLE_ID) as OwnContactRole[]).find((r) => ownDeskId(r) === id);
}

/** A saved contact's name by what it is (「お助け隊サービスの契約先」), for an own-contact id; undefined for any other. */
export function ownDeskName(id: string, locale: 'ja' | 'en'): string | undefined {
	const role = roleOfDeskId(id);
	return role ? names[role][locale] : undefined;
}
