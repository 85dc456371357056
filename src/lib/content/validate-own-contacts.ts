import { z } from '../zod.ts';
import { template } from './validate-documents.ts';
import { DeskKind } from './schema.ts';

// Checks of content/profile/own-contacts.json, run at build time by content.server.ts: the browser
// gets the checked words from virtual:content/own-contacts and virtual:content/own-contact-names.

/** Plain text, no slots. */
const Text = template();

/**
 * The words of one contact of the profile (平時の備え) as a desk. `urgentLine` and `reference` name the
 * second phone line and the number, where the role has them; `reasonWithLine` is the triage's reason
 * when the urgent line was typed ({line}), `reason` when it was not (or when the role has no line).
 * `name` is the contact's one name, on the profile form as on the desk; `formHint`, where a role has
 * one, says under that name on the form who to enter (never a second name).
 */
const RoleWording = z.strictObject({
	/** What the contact is for, as a desk: decides its place in the result (content/triage/order.json). */
	kind: DeskKind,
	/** The generic desk it stands for (your bank for "bank-or-card"): a rule naming that desk names this contact when the profile has it. */
	standsFor: z.string().min(1).optional(),
	name: Text,
	formHint: Text.optional(),
	addressee: Text,
	urgentLine: Text.optional(),
	reference: Text.optional(),
	reason: Text,
	reasonWithLine: template('line').optional()
});
export type RoleWording = z.infer<typeof RoleWording>;

/**
 * The profile's contacts, by the keys of src/lib/profile/roles.ts (ROLES). Written out here because
 * content imports nothing from profile; a test checks the two lists agree.
 */
export const OWN_CONTACT_ROLES = ['manager', 'otasuketai', 'itVendor', 'insurer', 'bank'] as const;

export const OwnContactsWording = z.strictObject({
	$comment: z.string().optional(),
	roles: z.strictObject(Object.fromEntries(OWN_CONTACT_ROLES.map((r) => [r, RoleWording])) as Record<(typeof OWN_CONTACT_ROLES)[number], typeof RoleWording>),
	/** The desk's name when the user typed one: 「お助け隊サービスの契約先（〇〇社）」. */
	nameWithTyped: template('role', 'name'),
	/** The note with the typed number: 「契約番号: 12345」. */
	referenceNote: template('label', 'reference'),
	/** The number's name for a role without `reference`. */
	referenceDefault: Text,
	/** The desk's summary line: where its details come from. */
	summary: Text,
	/** The hours of a typed line, which the app cannot know. */
	hoursNote: Text
});
export type OwnContactsWording = z.infer<typeof OwnContactsWording>;
export type OwnContactRole = (typeof OWN_CONTACT_ROLES)[number];

/** What the card and the profile need: the desks' words without the names and the triage's reasons. */
export type OwnDeskWording = Omit<OwnContactsWording, '$comment' | 'roles'> & {
	roles: Record<OwnContactRole, Pick<RoleWording, 'kind' | 'standsFor' | 'addressee' | 'urgentLine' | 'reference'>>;
};
/** What the profile form says under a contact's name, for the roles that have a hint. */
export type OwnContactHints = Partial<Record<OwnContactRole, RoleWording['name']>>;
/** The triage's reasons for showing each contact. */
export type OwnContactReasons = Record<OwnContactRole, Pick<RoleWording, 'reason' | 'reasonWithLine'>>;
