import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressParams, fullAddress, goBack, loadDocument, replaceParams } from '$lib/browser/address';

function stubAddress(href: string) {
	const location = { href };
	const replaceState = vi.fn((_state: unknown, _unused: string, url: URL) => (location.href = url.href));
	vi.stubGlobal('location', location);
	vi.stubGlobal('history', { state: { kept: 1 }, replaceState });
	return { location, replaceState };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the address as state', () => {
	it('reads the query parameters', () => {
		stubAddress('https://example.test/incident/summary?desk=ipa-anshin');
		expect(addressParams().get('desk')).toBe('ipa-anshin');
	});

	it('sets and removes parameters in place, keeping the history state and the others', () => {
		const { location, replaceState } = stubAddress('https://example.test/card?x=1');
		replaceParams({ size: 'wallet' });
		expect(location.href).toBe('https://example.test/card?x=1&size=wallet');
		expect(replaceState.mock.calls[0]?.[0]).toEqual({ kept: 1 });
		replaceParams({ size: undefined, x: '' });
		expect(location.href).toBe('https://example.test/card');
	});

	it('makes a full address of a path on the page\'s origin', () => {
		vi.stubGlobal('location', { href: 'https://example.test/en/card?size=a4', origin: 'https://example.test' });
		expect(fullAddress('/en/')).toBe('https://example.test/en/');
	});

	it('clears every parameter when given null', () => {
		const { location } = stubAddress('https://example.test/share-target?title=a&text=b#top');
		replaceParams(null);
		expect(location.href).toBe('https://example.test/share-target#top');
	});
});

describe('leaving the page', () => {
	it('a full page load goes through location.assign, and Back through history.back', () => {
		const assign = vi.fn();
		const back = vi.fn();
		vi.stubGlobal('location', { href: 'https://example.test/about', assign });
		vi.stubGlobal('history', { back });
		loadDocument('https://example.test/');
		goBack();
		expect(assign).toHaveBeenCalledWith('https://example.test/');
		expect(back).toHaveBeenCalledOnce();
	});
});
