// What the share page needs once it is on screen and something arrived: the stores (idb), the
// editor and the evidence shelf. Imported after the first paint, and only when there is something.
import { getIncidentStore } from '$lib/storage';
import { getEvidenceStore, storageEstimate } from '$lib/storage/evidence-store';
import { EvidenceShelf, type AttachProblem } from '$lib/incident/evidence-shelf.svelte';
import { tabIncident } from '$lib/incident/browser';
import { tabIncidentId } from '$lib/incident/tab';
import { incidentTitle } from '$lib/incident/transfer';
import { openIncidentEditor } from '$lib/editing/open-incident';

/**
 * Where a share would go, read without writing anything: the incident this tab edits, or the
 * current one. undefined: there is none yet, and adding starts one. '' names one with no text yet.
 */
export async function destinationTitle(): Promise<string | undefined> {
	const store = await getIncidentStore();
	const id = await tabIncidentId(store, tabIncident());
	const stored = id === undefined ? undefined : await store.get(id);
	return stored ? incidentTitle(stored) : undefined;
}

export interface AddResult {
	/** Timeline entries written. */
	added: number;
	/** Files not kept, each with the details page's reason; what was added before stays. */
	problems: AttachProblem[];
	at: string;
}

/**
 * Adds a share to the record, after the person said so: each file as evidence (its SHA-256, the
 * bytes first, then the entry: see EvidenceShelf.attach), the shared text as the first kept file's
 * caption, or as an entry of its own when no file was kept, so it lands once.
 */
export async function addShared(text: string | undefined, files: File[], now = new Date()): Promise<AddResult> {
	const editor = await openIncidentEditor(await getIncidentStore());
	if (editor.loadError) throw new Error(editor.loadError);
	const at = now.toISOString();
	const problems: AttachProblem[] = [];
	let caption = text;
	let added = 0;
	let shelf: EvidenceShelf | undefined;
	try {
		if (files.length) shelf = new EvidenceShelf(await getEvidenceStore(), editor, { estimate: storageEstimate });
		for (const file of files) {
			const ref = await shelf!.attach(file, caption ?? '', now);
			if (!ref) {
				problems.push(shelf!.problem ?? { kind: 'failed', name: file.name, size: file.size });
				// A full disk or a failed write stops here; a file too large is only that file.
				if (shelf!.problem?.kind !== 'too-large') return { added, problems, at };
				continue;
			}
			caption = undefined;
			added += 1;
		}
		if (caption) {
			const stored = await editor.addTimeline({ at, text: caption, kind: 'seen' });
			if (stored && editor.saveState === 'saved') added += 1;
			else problems.push({ kind: editor.saveState === 'full' ? 'full' : 'failed', name: '', size: 0 });
		}
		return { added, problems, at };
	} finally {
		shelf?.dispose();
		editor.stop();
	}
}
