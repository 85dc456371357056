import type { Contact, Desk, Hours, Localized } from '$lib/content/schema';
import { ownContactsWording } from '$lib/content/own-contacts';
import { fill } from '$lib/content/template';
import { showBidi } from '$lib/content/bidi';
import type { Locale } from '$lib/paraglide/runtime';
import { dialable, mailable, normalisePhone, reachable } from './warnings';
import { ROLES, type Role } from './roles';
import type { OwnContact, Profile } from './schema';
import { ROLE_NAMES, ownDeskId } from './own-names';

/**
 * A profile contact as a desk, so the result, the desk card and the summary treat it like any
 * other. Its id is 'own-<role>' and never names a content file (./own-names.ts).
 */
export { OWN_PREFIX, ROLE_NAMES, ownDeskId, roleOfDeskId } from './own-names';

const wording = ownContactsWording;

/** What the second phone line is, per role (お助け隊: 24-hour line; insurer: accident line). */
export const URGENT_LINE: Partial<Record<Role, Localized>> = Object.fromEntries(ROLES.flatMap((r) => (wording.roles[r].urgentLine ? [[r, wording.roles[r].urgentLine]] : [])));

/** What the number typed for a role is (契約番号, 証券番号, …). */
export const REFERENCE_NAMES: Partial<Record<Role, Localized>> = Object.fromEntries(ROLES.flatMap((r) => (wording.roles[r].reference ? [[r, wording.roles[r].reference]] : [])));

const unknownHours = (): Hours => ({ kind: 'unknown', note: wording.hoursNote, certainty: 'unconfirmed' });

function contactsOf(role: Role, c: OwnContact): Contact[] {
	const out: Contact[] = [];
	const line = URGENT_LINE[role];
	if (dialable(c.urgentPhone)) {
		out.push({
			kind: 'phone',
			number: normalisePhone(c.urgentPhone),
			label: line,
			// The お助け隊 line is entered as its 24-hour line; the others' hours are the user's to note.
			hours: role === 'otasuketai' ? { kind: 'always', certainty: 'unconfirmed' } : unknownHours(),
			certainty: 'unconfirmed'
		});
	}
	if (dialable(c.phone)) out.push({ kind: 'phone', number: normalisePhone(c.phone), hours: unknownHours(), certainty: 'unconfirmed' });
	if (mailable(c.email)) {
		out.push({ kind: 'email', address: c.email.trim(), hours: { kind: 'anytime', certainty: 'unconfirmed' }, certainty: 'unconfirmed' });
	}
	return out;
}

const same = (text: string): Localized => ({ ja: text, en: text });
const both = (text: (locale: Locale) => string): Localized => ({ ja: text('ja'), en: text('en') });

/** The desk for one role, or undefined when the profile has no way to reach it. */
export function ownDesk(profile: Profile, role: Role): Desk | undefined {
	const c = profile.contacts[role];
	if (!reachable(c)) return undefined;
	const roleName = ROLE_NAMES[role];
	// Shown on the result, the card and in the summary: bidi controls as visible markers.
	const name = showBidi(c.name.trim());
	const notes: Desk['notes'] = [];
	const reference = showBidi(c.reference.trim());
	if (reference) {
		const label = wording.roles[role].reference ?? wording.referenceDefault;
		notes.push({ ...both((l) => fill(wording.referenceNote, l, { label: label[l], reference })), certainty: 'unconfirmed' });
	}
	if (c.notes.trim()) notes.push({ ...same(showBidi(c.notes.trim())), certainty: 'unconfirmed' });
	return {
		id: ownDeskId(role),
		name: name ? both((l) => fill(wording.nameWithTyped, l, { role: roleName[l], name })) : roleName,
		// Whom the summary greets: the provider's name, not 「お助け隊サービスの契約先（…）」.
		organisation: name ? same(name) : wording.roles[role].addressee,
		category: role === 'bank' ? 'fraud-and-consumers' : 'business-support',
		kind: wording.roles[role].kind,
		audience: 'both',
		region: 'national',
		summary: wording.summary,
		handles: [roleName],
		doesNotHandle: [],
		contacts: contactsOf(role, c),
		notes,
		sources: [],
		checked: profile.updatedAt.slice(0, 10)
	};
}

/** The names typed for the profile's contacts, in ROLES order (to tell two profiles apart). */
export function contactNames(profile: Profile): string[] {
	return ROLES.map((r) => profile.contacts[r].name.trim()).filter((n) => n !== '');
}

/** Every reachable profile contact as a desk, in ROLES order (the summary's addressee list). */
export function ownDesks(profile: Profile | undefined): Desk[] {
	if (!profile) return [];
	return ROLES.map((r) => ownDesk(profile, r)).filter((d): d is Desk => d !== undefined);
}

/**
 * The roles with no way to reach them: what the team should have ready (the drill's end). An
 * organisation needs all five; a person the IT vendor and the bank. `kind` overrides the profile's
 * (the drill was answered as an organisation).
 */
export function missingRoles(profile: Profile | undefined, kind: Profile['kind'] = profile?.kind ?? 'individual'): Role[] {
	const relevant = ROLES.filter((r) => kind === 'organisation' || r === 'bank' || r === 'itVendor');
	return relevant.filter((r) => !profile || !reachable(profile.contacts[r]));
}
