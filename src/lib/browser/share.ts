export type ShareOutcome = 'shared' | 'cancelled' | 'failed';

type ShareNavigator = Pick<Navigator, 'share'> & { canShare?: Navigator['canShare'] };

/** The system share sheet exists (phones, some desktops). */
export function canShareText(nav: Partial<ShareNavigator> = navigator): boolean {
	return typeof nav.share === 'function';
}

/** The summary as a .txt file; the byte-order mark makes older Windows editors read it as UTF-8. */
export function summaryTextFile(text: string, name: string): File {
	return new File(['\uFEFF', text.replace(/\r?\n/g, '\r\n')], name, { type: 'text/plain' });
}

/**
 * Shares the summary through the system share sheet: as a .txt file beside the text where the
 * browser can share files (LINE and mail apps then attach it), as text alone elsewhere. Only the
 * apps the user picks see it: we never build a link to a third party's site.
 */
export async function shareSummary(
	summary: { title: string; text: string; file: File },
	nav: ShareNavigator = navigator
): Promise<ShareOutcome> {
	const withFile = { title: summary.title, text: summary.text, files: [summary.file] };
	let data: ShareData = { title: summary.title, text: summary.text };
	try {
		if (typeof nav.canShare === 'function' && nav.canShare({ files: withFile.files })) data = withFile;
	} catch {
		// Some browsers throw instead of answering false: share the text.
	}
	try {
		await nav.share(data);
		return 'shared';
	} catch (error) {
		return (error as { name?: string })?.name === 'AbortError' ? 'cancelled' : 'failed';
	}
}

/** Shares a short text (a ready message) through the system share sheet: text only, no file. */
export async function shareText(data: { title: string; text: string }, nav: Pick<ShareNavigator, 'share'> = navigator): Promise<ShareOutcome> {
	try {
		await nav.share({ title: data.title, text: data.text });
		return 'shared';
	} catch (error) {
		return (error as { name?: string })?.name === 'AbortError' ? 'cancelled' : 'failed';
	}
}
