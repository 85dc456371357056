// The one way a page opens the tab's incident for editing (the details, the summary, the quick
// note, the share target) or reads it (the police sheet, the PPC draft). Above both
// $lib/incident and $lib/profile: the incident code never imports the profile's.
import { IncidentEditor } from '$lib/incident/incident-editor.svelte';
import { browserDrafts, tabIncident } from '$lib/incident/browser';
import { openTabIncident, type Prefill } from '$lib/incident/tab';
import type { Incident } from '$lib/incident/schema';
import type { ShodoIncidentStore } from '$lib/incident/store';
import type { PageLifecycle } from '$lib/browser/page-hide';

/** A new incident's details 1–4 from the profile, read only when asked (no page's first load carries the profile's code). */
const fromProfile = async (): Promise<Prefill | undefined> => (await import('$lib/profile/store')).profilePrefill();

export interface EditOptions {
	/** A localStorage draft of each write until the store confirms it (an editing page). False: a one-off write (a quick note). */
	drafts?: boolean;
	/** A new incident starts with the profile's items 1–4. */
	prefill?: boolean;
	/** The page's going-away events: the browser's when left out; null for a one-off write. */
	lifecycle?: PageLifecycle | null;
}

/**
 * The incident editor of this tab: the tab's incident (else the current one), and by default the
 * writes drafted in localStorage, the profile's prefill and the writes on page hide. `stop()` ends it;
 * a failed load is in `loadError`.
 */
export function openIncidentEditor(store: ShodoIncidentStore, { drafts = true, prefill = true, lifecycle }: EditOptions = {}): Promise<IncidentEditor> {
	return IncidentEditor.open(store, {
		drafts: drafts ? browserDrafts() : undefined,
		tab: tabIncident(),
		prefill: prefill ? fromProfile : undefined,
		lifecycle
	});
}

/**
 * The tab's incident for a page that reads it (a document, the triage), prefilled like the
 * editor's (`prefill`: the profile already read, or left out to read it now).
 */
export async function openIncident(store: ShodoIncidentStore, prefill: () => Promise<Prefill | undefined> = fromProfile): Promise<Incident> {
	return (await openTabIncident(store, { tab: tabIncident(), prefill })).incident;
}
