/** The profile's key in the IndexedDB 'meta' store; apart from ./schema.ts so reading it needs no zod. */
export const PROFILE_KEY = 'profile';
