import { error } from '@sveltejs/kit';
import { DESK_IDS, type DeskId } from '$lib/content/desk-ids';
import { getDesk } from '$lib/content/desks';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => DESK_IDS.map((id) => ({ id }));

const isDeskId = (id: string): id is DeskId => (DESK_IDS as readonly string[]).includes(id);

export const load: PageLoad = ({ params }) => {
	if (!isDeskId(params.id)) error(404, 'Not found');
	return { desk: getDesk(params.id) };
};
