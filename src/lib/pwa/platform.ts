/** Facts about the browser that decide which install help to show. Pure, so tests can feed them. */
export interface PlatformFacts {
	userAgent: string;
	maxTouchPoints: number;
	/** display-mode: standalone matched, or iOS's navigator.standalone */
	standalone: boolean;
}

export function isIos({ userAgent, maxTouchPoints }: Pick<PlatformFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
	if (/iPhone|iPad|iPod/.test(userAgent)) return true;
	// iPadOS 13+ reports itself as a Mac; only the touch screen gives it away.
	return /Macintosh/.test(userAgent) && maxTouchPoints > 1;
}

/** iPhone, iPad or Android: their mail apps take long mailto links; desktops cut them short. */
export function isPhoneOrTablet(facts: Pick<PlatformFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
	return isIos(facts) || /Android/.test(facts.userAgent);
}

/** Safari proper: other iOS browsers (CriOS, FxiOS, EdgiOS) cannot add to the home screen the same way. */
export function isIosSafari(facts: PlatformFacts): boolean {
	return isIos(facts) && /Safari/.test(facts.userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(facts.userAgent);
}

/**
 * WebKit deletes a site's storage after 7 days of Safari use without a visit, unless the app was
 * added to the Home Screen: warn on iPhone and iPad Safari, not installed, once there is something to lose.
 */
export function safariMayForget(facts: PlatformFacts, holdsData: boolean): boolean {
	return holdsData && !facts.standalone && isIosSafari(facts);
}

/**
 * 'menu' is the default, in the prerendered page too: the help is on the first screen before any
 * script runs (no late paint, no shift), and the browser's menu is where other browsers install.
 */
export type InstallHelp = 'none' | 'button' | 'ios-steps' | 'menu';

export function installHelp(facts: PlatformFacts, promptAvailable: boolean): InstallHelp {
	if (facts.standalone) return 'none';
	if (promptAvailable) return 'button';
	if (isIosSafari(facts)) return 'ios-steps';
	return 'menu';
}
