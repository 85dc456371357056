// What the list needs once the page is on screen: the stores (idb) and the list's own class (the
// records' check, zod, loads with the first record read, and a file's with the first file read); the archive code (fflate) loads when an export or import needs it. The page imports this module after its first paint, so its
// first load carries none of them.
import { getIncidentStore } from '$lib/storage';
import { getEvidenceStore } from '$lib/storage/evidence-store';
import { browserDrafts, tabIncident } from '$lib/incident/browser';
import { IncidentsPage } from './incidents-page.svelte';
import { readImportInWorker } from '$lib/incident/import-in-worker';

export { exportFileName, incidentTitle } from '$lib/incident/transfer';
export { archiveFileName, isArchive } from '$lib/incident/archive-names';
export { isLocked, lockedFileName } from '$lib/incident/locked';
export { default as LockForms } from './lock-forms.svelte';
export { contactNames } from '$lib/profile/own-desks';
/** A record's plan on the list (damaged items, the progress line), loaded only when a record has a plan. */
export const loadPlanOnList = () => import('./plan-on-list.svelte');

/** The list, read from storage, with the profile beside it for export and import. */
export async function openIncidentsPage(): Promise<IncidentsPage> {
	const { profileTransfer } = await import('$lib/profile/store');
	const evidence = await getEvidenceStore().catch(() => undefined);
	const page = new IncidentsPage(await getIncidentStore(), { meta: browserDrafts(), tab: tabIncident(), profile: profileTransfer(), evidence, read: readImportInWorker });
	await page.refresh();
	return page;
}
