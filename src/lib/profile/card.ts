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

type CardShape = Pick<Desk, 'id' | 'region' | 'audience'>;

export function cardDesks<D extends CardShape>(all: readonly D[], profile: Pick<Profile, 'kind' | 'prefecture'> | undefined): D[] {
	const ids = [...BY_KIND[profile?.kind ?? 'unknown']];
	for (const d of all) {
		if (profile?.prefecture && d.region === profile.prefecture && (d.audience !== 'organisation' || profile.kind === 'organisation')) ids.push(d.id);
	}
	return ids.map((id) => all.find((d) => d.id === id)).filter((d): d is D => d !== undefined);
}

/** Every desk some profile puts on the card: the card's page ships these, and no other desk. */
export function cardCandidates<D extends CardShape>(all: readonly D[]): D[] {
	const named = new Set(Object.values(BY_KIND).flat());
	return all.filter((d) => named.has(d.id) || d.region !== 'national');
}

/** What a card prints for a contact: the number, the address or the page. */
export function contactLine(c: Contact): string {
	if (c.kind === 'phone') return c.number;
	if (c.kind === 'email') return c.address;
	return c.url;
}

/** The contacts a card can show: phones, then mail for questions; pages need a browser anyway. */
export function cardContacts(desk: Desk): Contact[] {
	const phones = desk.contacts.filter((c) => c.kind === 'phone');
	if (phones.length) return phones;
	return desk.contacts.filter((c) => c.kind === 'email' && !c.forwardOnly).slice(0, 1);
}
