/** The text, and the link if it is not already in the text, shared to the app from another one. */
export function sharedText(params: URLSearchParams): string | undefined {
	const part = (key: string) => params.get(key)?.trim() ?? '';
	const title = part('title');
	const text = part('text');
	const url = part('url');
	const lines: string[] = [];
	if (title && !text.includes(title)) lines.push(title);
	if (text) lines.push(text);
	if (url && !text.includes(url)) lines.push(url);
	return lines.length ? lines.join('\n') : undefined;
}
