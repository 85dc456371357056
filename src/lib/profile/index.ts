export * from './schema';
export { migrateProfile, profileVersion, PROFILE_MIGRATIONS } from './migrations';
export { readProfile } from './read';
export { ownDesk, ownDesks, ownDeskId, roleOfDeskId, missingRoles, ROLE_NAMES, URGENT_LINE, REFERENCE_NAMES, OWN_PREFIX } from './own-desks';
export { contactWarnings, dialable, mailable, normalisePhone, reachable } from './warnings';
export { prefillDetails, untouched, reviewDue } from './usual';
export { PREFECTURES } from './prefectures';
