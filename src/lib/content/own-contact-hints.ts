import type { OwnContactHints } from './validate-own-contacts';
import { ownContactHints as checked } from 'virtual:content/own-contact-hints';

/**
 * What the profile form says under a contact's name (content/profile/own-contacts.json `formHint`):
 * who to enter when the name alone may not fit, e.g. the IT person where no one manages information.
 * The name itself is ./own-contact-names.ts, the same on the form and on the desk.
 */
export const ownContactHints: OwnContactHints = checked;
