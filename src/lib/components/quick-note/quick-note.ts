import type { ShodoIncidentStore } from '$lib/incident/store';
import { openIncidentEditor } from '$lib/editing/open-incident';

/**
 * Adds a timestamped note to the tab's incident (when it can still be read) or else the current
 * one, through the incident editor: the one way into the timeline, with its length limit and its
 * append by id. A one-off write: no drafts, no prefill, no page events. An empty note still
 * records the time. The tab's incident is opened (and created when there is none) only now, not
 * when the note is shown. Resolves with the incident's id; rejects when the note was not stored,
 * so the caller keeps the text.
 */
export async function addQuickNote(store: ShodoIncidentStore, text: string, at: Date): Promise<string> {
	const editor = await openIncidentEditor(store, { drafts: false, prefill: false, lifecycle: null });
	try {
		if (editor.loadError) throw new Error(editor.loadError);
		const stored = await editor.addTimeline({ at: at.toISOString(), text: text.trim(), kind: 'quick-note' });
		if (!stored) throw new Error(`quick note not stored: ${editor.saveState}`);
		return editor.incident!.id;
	} finally {
		editor.stop();
	}
}
