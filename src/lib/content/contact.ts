import type { Contact } from './schema.ts';

/**
 * One mail address and nothing a mailto: link could read as more: the HTML standard's valid
 * e-mail address (https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address), ASCII
 * only, without '%', '&' and '?' (a typed 'x@y.jp?bcc=z%40w' would add a hidden Bcc) and with
 * a dot in the domain. A profile contact that fails this is kept as typed but never becomes a link.
 */
const ONE_ADDRESS =
	/^[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isMailAddress(text: string): boolean {
	return text.length <= 254 && ONE_ADDRESS.test(text);
}

/**
 * Every mailto: link is built here. RFC 6068: line breaks in a body are CRLF, percent-encoded.
 * An address that is not exactly one address is left out (the mail app asks for one) rather
 * than passed on.
 */
export function mailtoHref(address: string, subject?: string, body?: string): string {
	const to = isMailAddress(address) ? encodeURIComponent(address).replace(/%40/g, '@') : '';
	const params: string[] = [];
	if (subject !== undefined) params.push(`subject=${encodeURIComponent(subject)}`);
	if (body !== undefined) params.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
	return `mailto:${to}${params.length ? `?${params.join('&')}` : ''}`;
}

/** The link that reaches a contact: tel: (with '#' escaped, as in #9110), mailto: or the https URL. */
export function contactHref(contact: Contact): string {
	switch (contact.kind) {
		case 'phone':
			return `tel:${encodeURIComponent(contact.number).replace(/%2D/gi, '-')}`;
		case 'email':
			return mailtoHref(contact.address);
		case 'web':
			return contact.url;
	}
}
