// What the form needs once the page is on screen: the stored profile (idb, zod) and the desks'
// directory (names, kinds, regions), to name the prefecture's police desk. The page imports this module after its first paint, so its
// first load carries none of them.
import { deskDirectory, type DeskDirectoryEntry } from '$lib/content/desk-directory';
import { regionalPolice } from '$lib/triage/own-contacts';

export { ProfileEditor } from '$lib/profile/profile-editor.svelte';

/** The prefecture's own police desk, if the app has one; else the national desk applies. */
export function regionalDesk(prefecture: string): DeskDirectoryEntry | undefined {
	if (!prefecture) return undefined;
	return deskDirectory.find((d) => d.id === regionalPolice(deskDirectory, prefecture));
}
