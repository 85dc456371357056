/**
 * What another app shared to this one by the manifest's share_target (POST, multipart/form-data):
 * the service worker keeps it in a cache of its own, on the device, and sends the page to
 * /share-target?share=<id>; the page shows it and adds it to the record only when the person says so,
 * then empties the inbox. Plain TypeScript, used by both src/service-worker.ts and the page.
 */
export const SHARE_TARGET_PATH = '/share-target';
const INBOX = 'shodo-share-inbox';
const PREFIX = '/__share-inbox/';

export interface SharedFileInfo {
	name: string;
	type: string;
	size: number;
}

export interface Shared {
	title: string;
	text: string;
	url: string;
	files: SharedFileInfo[];
}

const metaKey = (id: string) => `${PREFIX}${id}/meta`;
const fileKey = (id: string, index: number) => `${PREFIX}${id}/file/${index}`;
const ID = /^[0-9a-f-]{36}$/;

function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** In the service worker: keep the POSTed share and send the page to read it. */
export async function receiveShare(request: Request): Promise<Response> {
	const back = (query: string) => Response.redirect(new URL(`${SHARE_TARGET_PATH}?${query}`, request.url).href, 303);
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return back('share=unreadable');
	}
	const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
	const id = crypto.randomUUID();
	const cache = await caches.open(INBOX);
	const shared: Shared = {
		title: field(form, 'title'),
		text: field(form, 'text'),
		url: field(form, 'url'),
		files: files.map((f) => ({ name: f.name, type: f.type, size: f.size }))
	};
	// The files first, the list last: a list in the inbox always has its files.
	for (const [i, file] of files.entries()) await cache.put(fileKey(id, i), new Response(file, { headers: { 'Content-Type': file.type || 'application/octet-stream' } }));
	await cache.put(metaKey(id), new Response(JSON.stringify(shared), { headers: { 'Content-Type': 'application/json' } }));
	return back(`share=${id}`);
}

/** In the page: what a share holds, with its files; undefined when there is no such share. */
export async function readShare(id: string): Promise<(Shared & { blobs: File[] }) | undefined> {
	if (!ID.test(id) || typeof caches === 'undefined') return undefined;
	const cache = await caches.open(INBOX);
	const meta = await cache.match(metaKey(id));
	if (!meta) return undefined;
	const shared = (await meta.json()) as Shared;
	const blobs: File[] = [];
	for (const [i, info] of shared.files.entries()) {
		const response = await cache.match(fileKey(id, i));
		if (!response) return undefined;
		blobs.push(new File([await response.blob()], info.name, { type: info.type }));
	}
	return { ...shared, blobs };
}

/** Empty the inbox of one share (added or refused), or of every share when no id is given. */
export async function discardShare(id?: string): Promise<void> {
	if (typeof caches === 'undefined') return;
	if (!id) {
		await caches.delete(INBOX);
		return;
	}
	const cache = await caches.open(INBOX);
	for (const request of await cache.keys()) {
		if (new URL(request.url).pathname.startsWith(`${PREFIX}${id}/`)) await cache.delete(request);
	}
}
