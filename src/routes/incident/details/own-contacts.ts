// The profile's own contacts as choices in 「相談した窓口」: read from storage (idb, zod) after the
// page is on screen, so the details page's first load carries none of it.
import { ownDesks } from '$lib/profile/own-desks';
import { profileOrNothing } from '$lib/profile/store';
import type { Locale } from '$lib/paraglide/runtime';

/** Each reachable contact of the profile, as the summary's addressee list shows it; [] without one. */
export async function ownContactOptions(locale: Locale): Promise<{ id: string; name: string }[]> {
	return ownDesks(await profileOrNothing()).map((d) => ({ id: d.id, name: d.name[locale] }));
}
