import type { Contact, Desk } from '$lib/content/schema';
import type { Profile } from './schema';

/**
 * The main desks on the emergency card: ones that answer a call or a mail, for the profile's kind,
 * and the content's desks for its prefecture (e.g. 警視庁 for Tokyo). Every number and its hours
 * come from the desks' content, never from here.
 */
const BY_KIND: Record<Profile['kind'] | 'unknown', readonly string[]> = {
	individual: ['police-9110', 'ipa-anshin', 'consumer-hotline'],
	organisation: ['police-9110', 'ipa-organisation', 'ppc-dial'],
	unknown: ['police-9110', 'ipa-anshin', 'ipa-organisation', 'consumer-hotline']
};

export function cardDesks(all: readonly Desk[], profile: Pick<Profile, 'kind' | 'prefecture'> | undefined): Desk[] {
	const ids = [...BY_KIND[profile?.kind ?? 'unknown']];
	for (const d of all) {
		if (profile?.prefecture && d.region === profile.prefecture && (d.audience !== 'organisation' || profile.kind === 'organisation')) ids.push(d.id);
	}
	return ids.map((id) => all.find((d) => d.id === id)).filter((d): d is Desk => d !== undefined);
}

/** The contacts a card can show: phones, then mail for questions; pages need a browser anyway. */
export function cardContacts(desk: Desk): Contact[] {
	const phones = desk.contacts.filter((c) => c.kind === 'phone');
	if (phones.length) return phones;
	return desk.contacts.filter((c) => c.kind === 'email' && !c.forwardOnly).slice(0, 1);
}
