import type { Locale } from '$lib/paraglide/runtime';
import type { SavedTriage } from '$lib/incident/schema';
import type { TriageSummary } from './describe';

/** What a saved triage says in words (./describe.ts), from the record's saved triage. */
export type DescribeSaved = (saved: SavedTriage | undefined, locale: Locale, when: { discoveredAt?: string; now: Date }) => TriageSummary;

/** What a record without a triage says: nothing (summarizeTriage of no answers). */
export const NOTHING_SAID: TriageSummary = { lines: [] };

/**
 * The reading of saved triages, loaded on demand: it brings the triage's content (about 21 KB gz),
 * which a record without a triage (a details page opened first, a document of a record with no
 * answers) never needs.
 */
export async function loadDescribeSaved(): Promise<DescribeSaved> {
	const [{ readAnswers }, { summarizeTriage }] = await Promise.all([import('./persist'), import('./describe')]);
	return (saved, locale, when) => (saved ? summarizeTriage(readAnswers(saved), locale, when) : NOTHING_SAID);
}

/** What the record's saved triage says; loads the reading only when there is a saved triage. */
export async function describeSaved(saved: SavedTriage | undefined, locale: Locale, when: { discoveredAt?: string; now: Date }): Promise<TriageSummary> {
	return saved ? (await loadDescribeSaved())(saved, locale, when) : NOTHING_SAID;
}
