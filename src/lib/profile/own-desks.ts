import type { Contact, Desk, Hours, Localized } from '$lib/content/schema';
import { dialable, mailable, normalisePhone, reachable } from './warnings';
import { ROLES, type Role } from './roles';
import type { OwnContact, Profile } from './schema';
import { ROLE_NAMES, ownDeskId } from './own-names';

/**
 * A profile contact as a desk, so the result, the desk card and the summary treat it like any
 * other. Its id is 'own-<role>' and never names a content file (./own-names.ts).
 */
export { OWN_PREFIX, ROLE_NAMES, ownDeskId, roleOfDeskId } from './own-names';

/**
 * Whom a summary greets when the contact has no name typed: 「お助け隊サービス ご担当者様」,
 * "To the Otasuketai service provider" (the name typed, a provider or a person, comes first).
 */
const ADDRESSEE: Record<Role, Localized> = {
	manager: { ja: '社内の情報管理', en: 'information manager' },
	otasuketai: { ja: 'お助け隊サービス', en: 'Otasuketai service provider' },
	itVendor: { ja: 'IT機器・システムの保守', en: 'IT vendor' },
	insurer: { ja: 'サイバー保険', en: 'cyber insurer' },
	bank: { ja: '銀行・カード会社', en: 'bank or card company' }
};

/** What the second phone line is, per role (お助け隊: 24-hour line; insurer: accident line). */
export const URGENT_LINE: Partial<Record<Role, Localized>> = {
	otasuketai: { ja: '24時間窓口', en: '24-hour line' },
	insurer: { ja: '事故受付', en: 'Accident line' },
	bank: { ja: '紛失・盗難・不正利用の受付', en: 'Lost, stolen or fraud line' }
};

export const REFERENCE_NAMES: Partial<Record<Role, Localized>> = {
	otasuketai: { ja: '契約番号', en: 'Contract number' },
	insurer: { ja: '証券番号', en: 'Policy number' },
	bank: { ja: '口座・カードの確認用の番号（下4桁など）', en: 'Account or card reference (e.g. last 4 digits)' },
	itVendor: { ja: '保守契約の番号', en: 'Maintenance contract number' }
};


const SELF: Localized = { ja: '登録した内容です（この端末の平時の備え）', en: 'As you entered it (the profile on this device)' };
const unknownHours = (): Hours => ({
	kind: 'unknown',
	note: { ja: '受付時間は登録したメモで確かめてください。', en: 'Check the hours in your notes.' },
	certainty: 'unconfirmed'
});

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

/** The desk for one role, or undefined when the profile has no way to reach it. */
export function ownDesk(profile: Profile, role: Role): Desk | undefined {
	const c = profile.contacts[role];
	if (!reachable(c)) return undefined;
	const roleName = ROLE_NAMES[role];
	const name = c.name.trim();
	const reference = REFERENCE_NAMES[role];
	const notes: Desk['notes'] = [];
	if (c.reference.trim()) {
		const label = reference ?? { ja: '番号', en: 'Reference' };
		notes.push({ ja: `${label.ja}: ${c.reference.trim()}`, en: `${label.en}: ${c.reference.trim()}`, certainty: 'unconfirmed' });
	}
	if (c.notes.trim()) notes.push({ ...same(c.notes.trim()), certainty: 'unconfirmed' });
	return {
		id: ownDeskId(role),
		name: name ? { ja: `${roleName.ja}（${name}）`, en: `${roleName.en} (${name})` } : roleName,
		// Whom the summary greets: the provider's name, not 「お助け隊サービスの契約先（…）」.
		organisation: name ? same(name) : ADDRESSEE[role],
		category: role === 'bank' ? 'fraud-and-consumers' : 'business-support',
		audience: 'both',
		region: 'national',
		summary: SELF,
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
