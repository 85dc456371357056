import type { Contact } from './schema';

/** The link that reaches a contact: tel: (with '#' escaped, as in #9110), mailto: or the https URL. */
export function contactHref(contact: Contact): string {
	switch (contact.kind) {
		case 'phone':
			return `tel:${encodeURIComponent(contact.number).replace(/%2D/gi, '-')}`;
		case 'email':
			return `mailto:${contact.address}`;
		case 'web':
			return contact.url;
	}
}

/** The contact's own words for what it is, or null when the number or address says it all. */
export function contactText(contact: Contact): string {
	switch (contact.kind) {
		case 'phone':
			return contact.number;
		case 'email':
			return contact.address;
		case 'web':
			return contact.url;
	}
}
