import type { OwnContactReasons } from './validate-own-contacts';
import { ownContactReasons as checked } from 'virtual:content/own-contact-reasons';

/**
 * Why the triage's result shows each of the profile's contacts (content/profile/own-contacts.json):
 * `reasonWithLine` ({line}) when the urgent line was typed, else `reason`.
 */
export const ownContactReasons: OwnContactReasons = checked;
