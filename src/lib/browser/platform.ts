import type { PlatformFacts } from '$lib/pwa/platform';

/** What the browser says about itself, read once; the decisions on it are pure (src/lib/pwa/platform.ts). */
export function platformFacts(): PlatformFacts {
	return {
		userAgent: navigator.userAgent,
		maxTouchPoints: navigator.maxTouchPoints,
		standalone:
			// Old browsers and jsdom have no matchMedia.
			window.matchMedia?.('(display-mode: standalone)').matches === true ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true
	};
}
