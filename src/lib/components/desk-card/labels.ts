import type { Desk } from '$lib/content/schema';
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
