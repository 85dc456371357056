import type { Contact, Desk } from '$lib/content/schema';
import { openStatus, type OpenStatus } from './hours';

/**
 * The one contact to offer as a desk's big button, and what can be done right now: a phone that
 * answers now beats a mailbox or form (accepted any time), which beats a closed line; an
 * information page comes last. Pure: the caller passes the time.
 */
export interface Reach {
	main?: { contact: Contact; status: OpenStatus };
	/** Something that can be sent or called now (open, always or anytime) exists. */
	usableNow: boolean;
	/** The desk's phone is closed now; when it opens next, if known. */
	phoneClosed?: { opensAt: Date | null };
}

function rank(contact: Contact, status: OpenStatus): number {
	const page = contact.kind === 'web' && contact.purpose !== 'form';
	if (status.kind === 'always' || status.kind === 'open') return page ? 5 : contact.kind === 'phone' ? 0 : 1;
	if (status.kind === 'anytime') return page ? 5 : 2;
	if (status.kind === 'closed') return page ? 6 : 3;
	return page ? 6 : 4;
}

export function reach(desk: Desk, now: Date): Reach {
	const ranked = desk.contacts
		.map((contact, index) => ({ contact, status: openStatus(contact.hours, now), index }))
		.sort((a, b) => rank(a.contact, a.status) - rank(b.contact, b.status) || a.index - b.index);
	const main = ranked[0];
	const usableNow = ranked.some(
		({ contact, status }) =>
			!(contact.kind === 'web' && contact.purpose === 'page') &&
			(status.kind === 'open' || status.kind === 'always' || status.kind === 'anytime')
	);
	const phones = ranked.filter((r) => r.contact.kind === 'phone');
	const closedPhone = phones.length > 0 && phones.every((p) => p.status.kind === 'closed') ? phones[0] : undefined;
	return {
		main: main && { contact: main.contact, status: main.status },
		usableNow,
		phoneClosed: closedPhone?.status.kind === 'closed' ? { opensAt: closedPhone.status.opensAt } : undefined
	};
}
