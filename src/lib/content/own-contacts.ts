import type { OwnDeskWording } from './validate-own-contacts';
import { ownContacts as checked } from 'virtual:content/own-contacts';

export type { OwnContactRole, OwnDeskWording } from './validate-own-contacts';

/**
 * The words of the desks made from the profile's contacts (content/profile/own-contacts.json),
 * checked at build time: the lines, the numbers, the sentences. The names are in
 * ./own-contact-names.ts and the triage's reasons in ./own-contact-reasons.ts, each loaded only where needed.
 */
export const ownContactsWording: OwnDeskWording = checked;
