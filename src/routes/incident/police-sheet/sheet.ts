// What the sheet needs once the page is on screen: the stored record (idb, zod), the saved triage's
// reading (the triage content, only for a record with a triage) and the desks' names. The page imports this module after its first
// paint, so its first load carries none of them.
import type { Locale } from '$lib/paraglide/runtime';
import type { DocSection } from '$lib/incident/documents';
import { getIncidentStore } from '$lib/storage';
import { openIncident } from '$lib/editing/open-incident';
import { policeSheet } from '$lib/content/document-police-sheet';
import { policeSheetSections } from '$lib/incident/documents';
import { deskName } from '$lib/incident/desk-names';
import { describeSaved } from '$lib/triage/saved-situation';

/** The sheet of the tab's record (else the current one), as the editor opens it. */
export async function loadSheet(locale: Locale): Promise<DocSection[]> {
	const incident = await openIncident(await getIncidentStore());
	return policeSheetSections(incident, policeSheet, {
		locale,
		deskName: (id) => deskName(id, locale),
		situation: await describeSaved(incident.triage, locale, { now: new Date() })
	});
}
