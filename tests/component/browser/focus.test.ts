import { afterEach, describe, expect, it } from 'vitest';
import { focusFirst } from '$lib/browser/focus';

afterEach(() => document.body.replaceChildren());

function heading(attribute: string) {
	const h = document.createElement('h2');
	h.tabIndex = -1;
	h.setAttribute(attribute, '');
	return h;
}

describe('focusFirst', () => {
	it('focuses the first selector that matches, in the order given', async () => {
		document.body.append(heading('data-step-heading'), heading('data-refine-heading'));
		expect(await focusFirst(['[data-refine-heading]', '[data-step-heading]'], 0)).toBe(true);
		expect(document.activeElement?.hasAttribute('data-refine-heading')).toBe(true);
	});

	it('waits frames for a screen loaded on demand, and gives up after them', async () => {
		const waiting = focusFirst(['[data-step-heading]'], 5);
		requestAnimationFrame(() => document.body.append(heading('data-step-heading')));
		expect(await waiting).toBe(true);
		expect(document.activeElement?.hasAttribute('data-step-heading')).toBe(true);
		expect(await focusFirst(['#nowhere'], 2)).toBe(false);
	});
});
