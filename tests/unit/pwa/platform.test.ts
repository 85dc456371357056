import { describe, expect, it } from 'vitest';
import { installHelp, isIos, isIosSafari, isPhoneOrTablet, safariMayForget } from '$lib/pwa/platform';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

const facts = (userAgent: string, maxTouchPoints = 5, standalone = false) => ({ userAgent, maxTouchPoints, standalone });

describe('isIos', () => {
	it('knows an iPhone and an iPad that claims to be a Mac', () => {
		expect(isIos(facts(IPHONE_SAFARI))).toBe(true);
		expect(isIos(facts(IPAD_AS_MAC, 5))).toBe(true);
	});
	it('does not take a real Mac or an Android phone for iOS', () => {
		expect(isIos(facts(IPAD_AS_MAC, 0))).toBe(false);
		expect(isIos(facts(ANDROID_CHROME))).toBe(false);
	});
});

describe('isIosSafari', () => {
	it('excludes other browsers on iOS', () => {
		expect(isIosSafari(facts(IPHONE_SAFARI))).toBe(true);
		expect(isIosSafari(facts(IPHONE_CHROME))).toBe(false);
	});
});

describe('installHelp', () => {
	it('offers the button where the browser gave an install prompt', () => {
		expect(installHelp(facts(ANDROID_CHROME), true)).toBe('button');
	});
	it('shows the Share → Add to Home Screen steps on iPhone Safari', () => {
		expect(installHelp(facts(IPHONE_SAFARI), false)).toBe('ios-steps');
	});
	it('shows nothing once the app runs installed', () => {
		expect(installHelp(facts(IPHONE_SAFARI, 5, true), false)).toBe('none');
		expect(installHelp(facts(ANDROID_CHROME, 5, true), true)).toBe('none');
	});
	it("points to the browser's menu otherwise, which is also what the prerendered page shows", () => {
		expect(installHelp(facts(ANDROID_CHROME), false)).toBe('menu');
		expect(installHelp(facts(IPHONE_CHROME), false)).toBe('menu');
		expect(installHelp(facts(''), false)).toBe('menu');
	});
});

const WINDOWS_CHROME =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe('isPhoneOrTablet', () => {
	it('knows iPhone, iPad (even as a Mac) and Android', () => {
		expect(isPhoneOrTablet(facts(IPHONE_SAFARI))).toBe(true);
		expect(isPhoneOrTablet(facts(IPHONE_CHROME))).toBe(true);
		expect(isPhoneOrTablet(facts(IPAD_AS_MAC, 5))).toBe(true);
		expect(isPhoneOrTablet(facts(ANDROID_CHROME))).toBe(true);
	});
	it('takes Windows and a real Mac for desktops', () => {
		expect(isPhoneOrTablet(facts(WINDOWS_CHROME, 0))).toBe(false);
		expect(isPhoneOrTablet(facts(IPAD_AS_MAC, 0))).toBe(false);
	});
});

describe('safariMayForget', () => {
	it('warns on iPhone and iPad Safari, not installed, once an incident holds data', () => {
		expect(safariMayForget(facts(IPHONE_SAFARI), true)).toBe(true);
		expect(safariMayForget(facts(IPAD_AS_MAC, 5), true)).toBe(true);
	});
	it('stays quiet with nothing to lose, once installed, and elsewhere', () => {
		expect(safariMayForget(facts(IPHONE_SAFARI), false)).toBe(false);
		expect(safariMayForget(facts(IPHONE_SAFARI, 5, true), true)).toBe(false);
		// Chrome on iOS cannot add the app to the Home Screen the same way, and the rule is Safari's.
		expect(safariMayForget(facts(IPHONE_CHROME), true)).toBe(false);
		expect(safariMayForget(facts(ANDROID_CHROME), true)).toBe(false);
		expect(safariMayForget(facts(IPAD_AS_MAC, 0), true)).toBe(false);
	});
});
