// What the summary needs once the page is on screen: the stores (idb), the editor and its schema
// (zod), the desks, the triage's reading of the answers, the profile's own contacts, and the
// screen itself. The page imports this module after its first paint.
import { getIncidentStore } from '$lib/storage';
import type { IncidentEditor } from '$lib/incident/incident-editor.svelte';
import type { ShodoIncidentStore } from '$lib/incident/store';
import type { Desk } from '$lib/content/schema';
import { ownDesks } from '$lib/profile/own-desks';
import { openIncidentEditor } from '$lib/editing/open-incident';
import { loadDescribeSaved, type DescribeSaved } from '$lib/triage/saved-situation';

export { default as SummaryView } from './summary-view.svelte';

export interface SummaryScreen {
	editor: IncidentEditor;
	store: ShodoIncidentStore;
	/** The user's own contacts (平時の備え) as addressees; none without a profile. */
	own: Desk[];
	/** The saved triage's reading (its content), loaded only for a record with a triage. */
	describe: DescribeSaved | undefined;
	/** Writes what is pending and lets go of the store's events (the page is left). */
	close(): void;
}

/** The summary screen, or the editor alone with its loadError when storage failed. */
export async function openSummary(): Promise<SummaryScreen> {
	const store = await getIncidentStore();
	const { profileOrNothing } = await import('$lib/profile/store');
	const own = ownDesks(await profileOrNothing());
	const editor = await openIncidentEditor(store);
	const describe = editor.incident?.triage ? await loadDescribeSaved() : undefined;
	return { editor, store, own, describe, close: () => editor.stop() };
}
