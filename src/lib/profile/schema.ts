import { z } from '$lib/zod';
import { ROLES, type Role as RoleName } from './roles';

export { ROLES };

/**
 * The profile (平時の備え): what a person or an organisation prepares before anything happens
 * (seed 004 「連絡・報告先等を確認」, seed 000 「事前に情報を整理しましょう」). Stored on the device
 * only, in the IndexedDB 'meta' store under PROFILE_KEY, and in exports. Every read is validated;
 * older records are migrated up to PROFILE_VERSION first (./migrations.ts).
 */
export const PROFILE_VERSION = 1;
export { PROFILE_KEY } from './key';

const Text = z.string().max(10_000);
const Instant = z.iso.datetime({ offset: true });

export const Role = z.enum(ROLES);
export type Role = RoleName;

/**
 * Phones and mail are kept as typed (a half-typed number is never refused or lost); the editor
 * warns about one that a phone or mail app could not use (./warnings.ts).
 */
const Short = z.string().max(200);

export const OwnContact = z.object({
	/** A person, a company, a service name. */
	name: Text,
	phone: Short,
	email: Short,
	/** Contract number (お助け隊), policy number (insurer), customer number (bank). */
	reference: Text,
	/** A second line: the お助け隊 24-hour line, the insurer's accident line. */
	urgentPhone: Short,
	/** Hours and anything else the user would need. */
	notes: Text
});
export type OwnContact = z.infer<typeof OwnContact>;

/** ISO 3166-2 code, e.g. 'JP-13' (Tokyo), as desks name their region; '' when not chosen. */
export const PrefectureCode = z.union([z.literal(''), z.string().regex(/^JP-(0[1-9]|[1-3]\d|4[0-7])$/)]);

/** Items 1–4 of the seven details (seed 000 「事前に情報を整理しましょう」): the same keys as an incident's details. */
export const Usual = z.object({
	deviceType: Text,
	os: Text,
	securitySoftware: Text,
	cloudServices: Text
});
export type Usual = z.infer<typeof Usual>;

export const Profile = z.object({
	schemaVersion: z.literal(PROFILE_VERSION),
	/** Who it is for: a person, or a company or other organisation. */
	kind: z.enum(['individual', 'organisation']),
	contacts: z.object(Object.fromEntries(ROLES.map((r) => [r, OwnContact])) as Record<RoleName, typeof OwnContact>),
	prefecture: PrefectureCode,
	usual: Usual,
	updatedAt: Instant,
	/** When the user last confirmed the contacts; the home page reminds after a year. */
	reviewedAt: Instant.optional()
});
export type Profile = z.infer<typeof Profile>;

export function emptyContact(): OwnContact {
	return { name: '', phone: '', email: '', reference: '', urgentPhone: '', notes: '' };
}

export function emptyProfile(now: Date): Profile {
	return {
		schemaVersion: PROFILE_VERSION,
		kind: 'individual',
		contacts: Object.fromEntries(ROLES.map((r) => [r, emptyContact()])) as Record<Role, OwnContact>,
		prefecture: '',
		usual: Object.fromEntries(Object.keys(Usual.shape).map((key) => [key, ''])) as Usual,
		updatedAt: now.toISOString()
	};
}

/** A profile as read back: valid, or kept as it was with the reason (never thrown away). */
export type StoredProfile = { ok: true; profile: Profile } | { ok: false; raw: unknown; error: string };
