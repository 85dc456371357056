import type { Certainty, Contact, Desk } from '$lib/content/schema';
import { m } from '$lib/paraglide/messages';

/** Who the desk is for, in the current language. */
export function audienceLabel(desk: Desk): string {
	switch (desk.audience) {
		case 'individual':
			return m.desks_audience_individual();
		case 'organisation':
			return m.desks_audience_organisation();
		case 'both':
			return m.desks_audience_both();
	}
}

/** Where the desk works: nationwide, or its prefecture (only Tokyo has desks of its own so far). */
export function regionLabel(desk: Desk): string {
	if (desk.region === 'national') return m.desks_region_national();
	if (desk.region === 'JP-13') return m.desks_region_tokyo();
	return desk.region;
}

/** How sure a fact is, in plain words (FACTS.md's V, V2, U, and facts found only in the seeds). */
export function certaintyLabel(certainty: Certainty): string {
	switch (certainty) {
		case 'confirmed':
			return m.desks_certainty_confirmed();
		case 'quoted':
			return m.desks_certainty_quoted();
		case 'seed':
			return m.desks_certainty_seed();
		case 'unconfirmed':
			return m.desks_certainty_unconfirmed();
	}
}

/**
 * One short line for a contact: 「番号と受付時間：公式ページで確認済み」, or
 * 「番号：引用したページでのみ確認・受付時間：未確認」 when they differ. Information pages show no hours.
 */
export function contactCertainty(contact: Contact): string {
	const what = { phone: m.desks_certainty_phone, email: m.desks_certainty_email, web: m.desks_certainty_web }[
		contact.kind
	]();
	const hoursShown = !(contact.kind === 'web' && contact.purpose === 'page');
	if (!hoursShown) return m.desks_certainty_of({ what, certainty: certaintyLabel(contact.certainty) });
	if (contact.hours.certainty === contact.certainty) {
		return m.desks_certainty_of({
			what: m.desks_certainty_with_hours({ what }),
			certainty: certaintyLabel(contact.certainty)
		});
	}
	return m.desks_certainty_and({
		first: m.desks_certainty_of({ what, certainty: certaintyLabel(contact.certainty) }),
		second: m.desks_certainty_of({ what: m.desks_certainty_hours(), certainty: certaintyLabel(contact.hours.certainty) })
	});
}
