import type { OwnContactsWording } from './validate-own-contacts';
import { ownContacts as checked } from 'virtual:content/own-contacts';

export type { OwnContactRole, OwnContactsWording, RoleWording } from './validate-own-contacts';

/** The words of the desks made from the profile's contacts (content/profile/own-contacts.json), checked at build time. */
export const ownContactsWording: OwnContactsWording = checked;
