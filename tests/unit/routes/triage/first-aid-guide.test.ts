// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { firstAid } from '$lib/content/first-aid';
import type { FirstAid } from '$lib/content/first-aid';
import { escapeHtml, firstAidGuide } from '../../../../src/routes/triage/first-aid-guide';

/** The HTML as the browser reads it, inside the element the step puts it in. */
function parse(html: string, parent = 'div') {
	const el = document.createElement(parent);
	el.innerHTML = html;
	return el;
}
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('firstAidGuide', () => {
	test.each(['ja', 'en'] as const)('%s: every rule, device, step, note and source of the content, in order', (locale) => {
		const guide = firstAidGuide(firstAid, locale);

		const rules = parse(guide.rules, 'ol');
		expect(texts(rules, ':scope > li > strong')).toEqual(firstAid.rules.map((r) => r.title[locale]));
		expect(texts(rules, ':scope > li > span')).toEqual(firstAid.rules.map((r) => r.body[locale]));

		const devices = [...parse(guide.devices).querySelectorAll(':scope > details')];
		expect(devices.map((d) => d.getAttribute('data-device'))).toEqual(firstAid.disconnect.map((d) => d.id));
		devices.forEach((details, i) => {
			const device = firstAid.disconnect[i]!;
			expect(details.querySelector('summary')?.textContent).toBe(device.label[locale]);
			expect(texts(details, 'ol > li')).toEqual(device.steps.map((s) => s[locale]));
		});

		expect(texts(parse(guide.notes), ':scope > p')).toEqual(firstAid.notes.map((n) => n[locale]));

		const sources = [...parse(guide.sources, 'ul').querySelectorAll(':scope > li')];
		expect(sources).toHaveLength(firstAid.sources.length);
		sources.forEach((li, i) => {
			const source = firstAid.sources[i]!;
			expect(li.textContent).toContain(source.title);
			const link = li.querySelector('a');
			if (source.url) {
				expect(link?.getAttribute('href')).toBe(source.url);
				expect(link?.getAttribute('target')).toBe('_blank');
				expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
			} else {
				expect(link).toBeNull();
			}
			if (source.seed) expect(li.textContent).toContain(`${source.seed}「${source.section}」`);
		});
	});

	test('markup, quotes and ampersands in content stay text: no element, attribute or script comes from them', () => {
		const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script> & 'quoted' "text"`;
		const content: FirstAid = {
			rules: [{ id: 'r', title: { ja: hostile, en: hostile }, body: { ja: hostile, en: hostile } }],
			disconnect: [{ id: 'lan', label: { ja: hostile, en: hostile }, steps: [{ ja: hostile, en: hostile }] }],
			notes: [{ ja: hostile, en: hostile }],
			sources: [{ title: hostile, url: 'https://example.org/?a=1&b="2"', checked: '2026-11-22' }],
			checked: '2026-11-22'
		} as FirstAid;
		const guide = firstAidGuide(content, 'ja');
		const all = parse(`<ol>${guide.rules}</ol>${guide.devices}${guide.notes}<ul>${guide.sources}</ul>`);
		expect(all.querySelector('img, script')).toBeNull();
		for (const selector of ['ol > li > strong', 'ol > li > span', 'summary', 'details li', 'p', 'ul a']) {
			expect(texts(all, selector), selector).toEqual([hostile]);
		}
		expect(all.querySelector('ul a')?.getAttribute('href')).toBe('https://example.org/?a=1&b="2"');
	});

	test('escapeHtml leaves no character that opens a tag, an entity or an attribute', () => {
		expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).not.toMatch(/[<>"']|&(?!#\d+;)/);
		expect(parse(escapeHtml(`<b>"'&`)).textContent).toBe(`<b>"'&`);
	});
});
