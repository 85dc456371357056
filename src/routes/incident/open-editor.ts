import { IncidentEditor } from '$lib/incident/incident-editor.svelte';
import { browserDrafts, tabIncident } from '$lib/incident/browser';
import type { Incident } from '$lib/incident/schema';
import type { ShodoIncidentStore } from '$lib/incident/store';

/**
 * The incident editor of this tab, as every editing page opens it: the typing kept in
 * localStorage on every keystroke, the tab's own incident, and a new incident's details 1–4 from
 * the profile (read only now, so no page carries the profile's code in its first load).
 */
export function openEditor(store: ShodoIncidentStore): Promise<IncidentEditor> {
	return IncidentEditor.open(store, {
		drafts: browserDrafts(),
		tab: tabIncident(),
		prefill: async () => (await import('$lib/profile/store')).profilePrefill<Incident>()
	});
}
