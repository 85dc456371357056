import type { DraftStore } from './incident-editor.svelte';
import type { TabIncident } from './tab';

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

const TAB_KEY = 'shodo-navi:tab-incident';

/**
 * The incident this tab works on, fixed when the tab first opens one: another tab switching the
 * current incident never moves this tab's typing or quick notes to it. sessionStorage is per tab.
 */
export function tabIncident(): TabIncident | undefined {
	try {
		const storage = window.sessionStorage;
		return {
			get: () => storage.getItem(TAB_KEY) ?? undefined,
			set: (id) => {
				try {
					storage.setItem(TAB_KEY, id);
				} catch {
					// Blocked: the tab follows the current incident.
				}
			}
		};
	} catch {
		return undefined;
	}
}
