// What the details form needs once the page is on screen: the stores (idb), the editor and the
// form itself (the records' check, zod, loads with the first record read: src/lib/storage/record.ts). The page imports this module after its first paint, so its
// first load carries none of them. The triage's reading of the answers (its content) loads only
// for an incident with a triage and an empty 「何が起きたか」.
import { getIncidentStore } from '$lib/storage';
import { getEvidenceStore, storageEstimate } from '$lib/storage/evidence-store';
import type { IncidentEditor } from '$lib/incident/incident-editor.svelte';
import { openIncidentEditor } from '$lib/editing/open-incident';
import { EvidenceShelf } from '$lib/incident/evidence-shelf.svelte';
import type { ShodoIncidentStore } from '$lib/incident/store';
import type { Locale } from '$lib/paraglide/runtime';
import { describeSaved } from '$lib/triage/saved-situation';

export { default as DetailsForm } from './details-form.svelte';

export interface DetailsScreen {
	editor: IncidentEditor;
	store: ShodoIncidentStore;
	shelf: EvidenceShelf | undefined;
	prefilledWhat: boolean;
	/** Writes what is pending and lets go of the stores' events (the page is left). */
	close(): void;
}

/**
 * 「何が起きたか」 starts from the triage's reading of the answers when it is empty: the user
 * corrects a sentence rather than writing one while shaken. True when it did.
 */
export async function prefillWhatHappened(editor: IncidentEditor, locale: Locale, now = new Date()): Promise<boolean> {
	const incident = editor.incident;
	if (!incident?.triage || incident.details.whatHappened.trim() !== '') return false;
	const { situation } = await describeSaved(incident.triage, locale, { now });
	// Typed into while the reading loaded: the person's text stays.
	if (editor.incident?.details.whatHappened.trim() !== '') return false;
	if (!situation) return false;
	editor.setDetail('whatHappened', situation);
	return true;
}

/** The details screen, or the editor alone with its loadError when storage failed. */
export async function openDetails(locale: Locale): Promise<DetailsScreen> {
	const store = await getIncidentStore();
	const editor = await openIncidentEditor(store);
	const screen: DetailsScreen = {
		editor,
		store,
		shelf: undefined,
		prefilledWhat: false,
		close() {
			editor.stop();
			screen.shelf?.dispose();
		}
	};
	if (editor.loadError) return screen;
	screen.prefilledWhat = await prefillWhatHappened(editor, locale);
	// Photos are an extra: if their store cannot open, the rest of the page still works.
	try {
		const shelf = new EvidenceShelf(await getEvidenceStore(), editor, { estimate: storageEstimate });
		await shelf.load();
		screen.shelf = shelf;
	} catch {
		screen.shelf = undefined;
	}
	return screen;
}
