import type { Localized } from './schema';
import type { OwnContactRole } from './validate-own-contacts';
import { ownContactNames as names } from 'virtual:content/own-contact-names';

/**
 * What each of the profile's contacts is called as a desk (「お助け隊サービスの契約先」), from
 * content/profile/own-contacts.json. Its own module, so a page that names a saved contact does not
 * load the rest of that file.
 */
export const ownContactNames: Record<OwnContactRole, Localized> = names;
