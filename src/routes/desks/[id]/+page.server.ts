import { error } from '@sveltejs/kit';
import { deskIds } from '$lib/content/desk-ids';
import { getDesk, isDeskId } from '$lib/content/desks';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => deskIds.map((id) => ({ id }));

// A server load: the page's script gets this one desk with the page, not every desk.
export const load: PageServerLoad = ({ params }) => {
	if (!isDeskId(params.id)) error(404, 'Not found');
	return { desk: getDesk(params.id) };
};
