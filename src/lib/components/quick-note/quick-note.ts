import { IncidentEditor, type TabIncident } from '$lib/incident/incident-editor.svelte';
import type { ShodoIncidentStore } from '$lib/incident/store';

/**
 * Adds a timestamped note to the tab's incident (when it can still be read) or else the current
 * one, through the incident editor: the one way into the timeline, with its length limit and its
 * append by id. An empty note still records the time. Rejects when the note was not stored, so
 * the caller keeps the text.
 */
export async function addQuickNote(store: ShodoIncidentStore, text: string, at: Date, tab?: TabIncident): Promise<void> {
	const editor = await IncidentEditor.open(store, { tab, lifecycle: null });
	try {
		if (editor.loadError) throw new Error(editor.loadError);
		const stored = await editor.addTimeline({ at: at.toISOString(), text: text.trim(), kind: 'quick-note' });
		if (!stored) throw new Error(`quick note not stored: ${editor.saveState}`);
	} finally {
		editor.stop();
	}
}
