// What the draft needs once the page is on screen: the stored record (idb, zod), the saved triage's
// reading (the triage content, only for a record with a triage), the deadlines and the desks' names. The page imports this module
// after its first paint, so its first load carries none of them.
import type { Locale } from '$lib/paraglide/runtime';
import type { PpcField } from '$lib/incident/documents';
import type { PpcDeadlines } from '$lib/time/deadlines';
import { getIncidentStore } from '$lib/storage';
import { openIncident } from '$lib/editing/open-incident';
import { ppcDraft } from '$lib/content/document-ppc-draft';
import { noticeText, ppcFields } from '$lib/incident/documents';
import { deskName } from '$lib/incident/desk-names';
import { loadDescribeSaved } from '$lib/triage/saved-situation';
import type { Answers } from '$lib/triage/flow';
import { ppcDeadlines } from '$lib/time/deadlines';

export interface Draft {
	/** From the triage's answers, else from the discovery time alone; undefined without a date. */
	deadlines: PpcDeadlines | undefined;
	fields: PpcField[];
	notice: string;
}

/** The draft of the tab's record (else the current one), as the editor opens it. */
export async function loadDraft(locale: Locale): Promise<Draft> {
	const incident = await openIncident(await getIncidentStore());
	// The triage's content loads only for a record with a triage.
	const reading = incident.triage ? await Promise.all([import('$lib/triage/persist'), loadDescribeSaved()]) : undefined;
	const answers: Answers = reading ? reading[0].readAnswers(incident.triage) : {};
	const triage = reading ? reading[1](incident.triage, locale, { discoveredAt: incident.discoveredAt, now: new Date() }) : { ppc: undefined };
	const unlawful = triage.ppc?.deadlines.finalDays === 60;
	const deadlines = triage.ppc?.deadlines ?? (incident.discoveredAt ? ppcDeadlines(incident.discoveredAt, false) : undefined);
	const fields = ppcFields(incident, ppcDraft, { reportCase: answers.reportCase, unlawful }, { locale, deskName: (id) => deskName(id, locale) });
	return { deadlines, fields, notice: noticeText(incident, ppcDraft, fields, locale) };
}
