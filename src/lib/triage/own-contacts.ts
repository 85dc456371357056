import type { Localized } from '$lib/content/schema';
import { ownContactReasons } from '$lib/content/own-contact-reasons';
import { fill } from '$lib/content/template';
import { normalisePhone } from '$lib/profile/warnings';
import { roleOfDeskId } from '$lib/profile/own-desks';
import type { Role } from '$lib/profile/roles';
import type { Profile } from '$lib/profile/schema';

/**
 * The words the result opens a profile contact's card with. Where each contact is recommended is
 * content (content/triage/rules/15-own-contacts.json, and `standsFor` in
 * content/profile/own-contacts.json); ./routing.ts places them like any desk. Pure.
 */

/**
 * Why the result shows the role's contact (content/profile/own-contacts.json): with its urgent line
 * where one was typed and the wording has a place for it.
 */
export function ownReason(role: Role, line: string): Localized {
	const w = ownContactReasons[role];
	if (!line || !w.reasonWithLine) return w.reason;
	return { ja: fill(w.reasonWithLine, 'ja', { line }), en: fill(w.reasonWithLine, 'en', { line }) };
}

/** The first reason of a profile contact's card ('own-<role>'); undefined for any other desk. */
export function ownLead(profile: Profile, deskId: string): Localized | undefined {
	const role = roleOfDeskId(deskId);
	if (!role) return undefined;
	return ownReason(role, normalisePhone(profile.contacts[role].urgentPhone || ''));
}

/** The police desk the content has for one prefecture, standing in for the national page. */
export function regionalPolice(desks: readonly { id: string; kind: string; region: string }[], prefecture: string): string | undefined {
	return desks.find((d) => d.kind === 'police' && d.region === prefecture)?.id;
}
