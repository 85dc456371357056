import type { DraftStore } from './incident-editor.svelte';

/** localStorage when the browser allows it; some private modes throw on access. */
export function browserDrafts(): DraftStore | undefined {
	try {
		const storage = window.localStorage;
		const probe = 'shodo-navi:probe';
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch {
		return undefined;
	}
}
