/**
 * Copies text: the async Clipboard API first, then the old selection copy from a text field the
 * user can see (older browsers, no permission). False when neither worked: the caller says so.
 * The field is given the text first, so what is copied is `text` even when the field shows an
 * older one (a long summary follows the typing only after a pause).
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
	try {
		if (!navigator.clipboard) throw new Error('no Clipboard API');
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// fall back to the selection below
	}
	if (!field) return false;
	if (field.value !== text) field.value = text;
	field.focus();
	field.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	}
}
