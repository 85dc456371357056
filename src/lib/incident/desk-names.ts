import { deskDirectory } from '$lib/content/desk-directory';
import { ownDeskName } from '$lib/content/own-contact-names';
import type { DeskId } from '$lib/content/desk-ids';
import type { Locale } from '$lib/paraglide/runtime';

// The desks' names and addresses only (not every desk's words): the incident's pages load this.
const byId = new Map(deskDirectory.map((d) => [d.id, d]));

/** The desks the app has content for, in the loader's order. */
export function deskOptions(locale: Locale): { id: DeskId; name: string }[] {
	return deskDirectory.map((d) => ({ id: d.id, name: d.name[locale] }));
}

/**
 * A desk's name, whether it is a content desk or one of the profile's contacts (「お助け隊サービスの
 *契約先」); a saved contact may name a desk whose content is missing, so fall back to the id.
 */
export function deskName(id: DeskId, locale: Locale): string {
	return byId.get(id)?.name[locale] ?? ownDeskName(id, locale) ?? id;
}

const summaryAddress = (id: DeskId) => byId.get(id)?.email;

/**
 * The first email address the desk's content lists for questions, if any. Addresses that only take
 * a forwarded suspicious message (フィッシング対策協議会, 迷惑メール相談センター) do not get summaries.
 */
export function deskEmail(id: DeskId): string | undefined {
	return summaryAddress(id)?.address;
}

/** Whether the desk's email address (deskEmail) is one we could not confirm as current (J-CRAT's). */
export function deskEmailUnconfirmed(id: DeskId): boolean {
	const contact = summaryAddress(id);
	return contact?.certainty === 'unconfirmed' || contact?.certainty === 'seed';
}
