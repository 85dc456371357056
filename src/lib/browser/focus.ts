/**
 * Moves the keyboard and screen-reader focus to the first element matching one of `selectors`
 * (in the order given), waiting up to `frames` animation frames for it to appear (a screen loaded
 * on demand). True when something took the focus.
 */
export async function focusFirst(selectors: readonly string[], frames = 30, root: ParentNode = document): Promise<boolean> {
	for (let frame = 0; ; frame++) {
		for (const selector of selectors) {
			const target = root.querySelector<HTMLElement>(selector);
			if (target) {
				target.focus();
				return true;
			}
		}
		if (frame >= frames) return false;
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
}
