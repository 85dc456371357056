/**
 * Copies text: the async Clipboard API first, then the old selection copy from a text field the
 * user can see (older browsers, no permission). False when neither worked: the caller says so.
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// fall back to the selection below
	}
	if (!field) return false;
	field.focus();
	field.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	}
}
