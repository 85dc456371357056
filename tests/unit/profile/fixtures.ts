import { emptyContact, emptyProfile, type OwnContact, type Profile, type Role } from '$lib/profile/schema';

export const PROFILE_NOW = new Date('2026-06-01T00:00:00.000Z');

/** A profile with the given contacts filled in; everything else empty. */
export function profileWith(kind: Profile['kind'], contacts: Partial<Record<Role, Partial<OwnContact>>> = {}, extra: Partial<Profile> = {}): Profile {
	const base = emptyProfile(PROFILE_NOW);
	for (const [role, c] of Object.entries(contacts) as [Role, Partial<OwnContact>][]) {
		base.contacts[role] = { ...emptyContact(), ...c };
	}
	return { ...base, kind, ...extra };
}

export const OTASUKETAI = { name: 'まもるくんサポート', urgentPhone: '0120-000-111', reference: 'OT-12345' };
export const MANAGER = { name: '情報システム課 山田', phone: '03-1111-2222', email: 'yamada@example.jp' };
