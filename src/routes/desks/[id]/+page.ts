import { error } from '@sveltejs/kit';
import { deskIds } from '$lib/content/desk-ids';
import { getDesk, isDeskId } from '$lib/content/desks';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => deskIds.map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!isDeskId(params.id)) error(404, 'Not found');
	return { desk: getDesk(params.id) };
};
