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

