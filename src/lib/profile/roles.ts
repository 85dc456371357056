/**
 * The own contacts the profile holds, in the order they are shown and, where they apply, contacted.
 * Kept apart from the zod schema, so routing can use them without loading zod.
 */
export const ROLES = ['manager', 'otasuketai', 'itVendor', 'insurer', 'bank'] as const;
export type Role = (typeof ROLES)[number];
