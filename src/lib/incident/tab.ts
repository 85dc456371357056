import type { Incident } from './schema';
import type { ShodoIncidentStore } from './store';

/** Where a tab keeps the id of the incident it works on (sessionStorage in the browser). */
export interface TabIncident {
	get(): string | undefined;
	set(id: string): void;
}

/** A change that starts a new incident (the profile's items 1–4); it leaves a touched one as it is. */
export type Prefill = (incident: Incident) => Incident;

export interface TabOpened {
	incident: Incident;
	/** The tab's (or current) incident could not be read: this id, kept where it is, gave way to another. */
	damaged?: string;
}

/**
 * The rule, in one place: the incident this tab works on, else the current one (one is created
 * when there is none). Read only: nothing is fixed or written.
 */
export async function tabIncidentId(store: Pick<ShodoIncidentStore, 'currentId'>, tab: TabIncident | undefined): Promise<string | undefined> {
	return tab?.get() ?? (await store.currentId());
}

/**
 * Opens the incident this tab works on (else the current one) and fixes it as the tab's, so
 * another tab switching the current incident never moves this tab's typing to it. `prefill`
 * (loaded only now) starts a new incident, inside the store's transaction: what another tab
 * wrote meanwhile makes the incident touched, and the change leaves it alone. A failed prefill
 * leaves the details empty, never the page.
 */
export async function openTabIncident(
	store: ShodoIncidentStore,
	{ tab, prefill }: { tab?: TabIncident; prefill?: () => Promise<Prefill | undefined> } = {}
): Promise<TabOpened> {
	const wanted = await tabIncidentId(store, tab);
	const before = wanted === undefined ? undefined : await store.get(wanted);
	let incident = await store.open(wanted);
	tab?.set(incident.id);
	if (prefill) {
		try {
			const change = await prefill();
			if (change && JSON.stringify(change(incident)) !== JSON.stringify(incident)) incident = await store.update(incident.id, change);
		} catch {
			// No profile, or it cannot be read or written: the details stay empty for the user to type.
		}
	}
	return before && !before.ok ? { incident, damaged: before.id } : { incident };
}
