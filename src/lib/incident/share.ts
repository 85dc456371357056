import { japanDate } from '$lib/time/japan-time';
import { mailtoHref } from '$lib/content/contact';

/**
 * mailto: URLs longer than about 2,000 characters are cut or refused on the way to the mail
 * program on desktops: Windows hands them over through APIs capped near 2,048 characters, and
 * desktop Chrome and older Outlook drop the rest. Percent-encoding makes each Japanese character
 * 9 characters long, so a summary passes this quickly. Above this length we offer copy instead.
 */
export const MAILTO_SAFE_LENGTH = 1800;

/**
 * Phones hand the link to the mail app whole. iOS Mail is reported to take links of about 1 MB;
 * on Android the link travels in an intent, and an intent's parcel must stay well under the
 * 1 MB Binder buffer a process shares (a URL of 100,000 characters is a 200 KB UTF-16 string).
 * 100,000 characters keeps a tenth of either limit in hand and still holds about 11,000
 * Japanese characters, far longer than any summary we have seen; beyond it, copy and paste.
 */
export const MAILTO_PHONE_LENGTH = 100_000;

/** The longest mailto link to offer: phones and tablets (iOS, iPadOS, Android) take far more. */
export function mailtoLimit(phoneOrTablet: boolean): number {
	return phoneOrTablet ? MAILTO_PHONE_LENGTH : MAILTO_SAFE_LENGTH;
}

/** The one mailto: encoder lives with the contacts (the desks' links use it too). */
export { mailtoHref };

export type MailtoPlan =
	| { kind: 'full'; href: string }
	/** Too long: open a message with the address and subject, and paste the copied summary. */
	| { kind: 'subject-only'; href: string; fullLength: number };

export function planMailto(address: string, subject: string, body: string, limit = MAILTO_SAFE_LENGTH): MailtoPlan {
	const full = mailtoHref(address, subject, body);
	if (full.length <= limit) return { kind: 'full', href: full };
	return { kind: 'subject-only', href: mailtoHref(address, subject), fullLength: full.length };
}

/**
 * A QR code holds at most 2,953 bytes (version 40, low error correction); phone cameras read
 * codes that dense only with a steady hand on a large screen, so we stop a little below.
 */
export const QR_MAX_BYTES = 2_800;

export function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

export function fitsQr(text: string): boolean {
	return utf8Length(text) <= QR_MAX_BYTES;
}

export function summaryFileName(now: Date): string {
	// The date in Japan, not UTC: before 09:00 there the UTC date is still yesterday.
	return `shodo-navi-summary-${japanDate(now)}.txt`;
}
