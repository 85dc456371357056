import { isMailAddress } from '$lib/content/contact';
import type { OwnContact } from './schema';

/** Full-width digits to ASCII, separators to hyphens: what a tel: link and a card need. */
export function normalisePhone(text: string): string {
	return text
		.trim()
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[‐－ー−]/g, '-')
		.replace(/[()（）]/g, '-')
		.replace(/\s+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * A number a phone can dial: a short number (110, 188, #9110), a Japanese number of 10 or 11
 * digits starting with 0 (hyphens where people put them), or an international +number.
 */
export function dialable(text: string): boolean {
	const n = normalisePhone(text);
	const digits = n.replace(/-/g, '');
	if (/^#?\d{3,4}$/.test(n)) return true;
	if (/^0[\d-]+\d$/.test(n) && /^0\d{9,10}$/.test(digits)) return true;
	return /^\+[\d-]+$/.test(n) && /^\+\d{8,15}$/.test(digits);
}

/** One address a mail app can use, and nothing more (no '?', '&' or '%' to smuggle a Bcc in). */
export function mailable(text: string): boolean {
	return isMailAddress(text.trim());
}

export type ContactWarning = 'phone' | 'urgentPhone' | 'email';

/** Fields typed but not usable for a call or a mail; they are still saved as typed. */
export function contactWarnings(c: OwnContact): ContactWarning[] {
	const out: ContactWarning[] = [];
	if (c.phone.trim() && !dialable(c.phone)) out.push('phone');
	if (c.urgentPhone.trim() && !dialable(c.urgentPhone)) out.push('urgentPhone');
	if (c.email.trim() && !mailable(c.email)) out.push('email');
	return out;
}

/** A contact counts once it has a number to call or an address to write to. */
export function reachable(c: OwnContact): boolean {
	return dialable(c.phone) || dialable(c.urgentPhone) || mailable(c.email);
}
