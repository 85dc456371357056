import type { FirstAid } from '$lib/content/first-aid';
import type { Locale } from '$lib/paraglide/runtime';

/** Text made safe to stand in HTML, between tags or in a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The parts of the first aid's fixed guidance, each the HTML inside its list or block. */
export interface FirstAidGuide {
	/** The <li>s of the rules, in order. */
	rules: string;
	/** One <details> per device: how to take it off the network. */
	devices: string;
	/** The notes under them, one <p> each. */
	notes: string;
	/** The <li>s of the sources. */
	sources: string;
}

/**
 * The first aid's fixed guidance in one language, as HTML. It never changes while the page is open,
 * so the first aid step shows it with {@html}: on the prerendered page Svelte then takes it over as it
 * is, instead of walking some eighty elements and their text one by one, which was the larger part of
 * the triage's hydration (the longest task after the first paint on a slow phone). Every string from
 * content is escaped; links are the sources' https URLs, checked when the content was built.
 */
export function firstAidGuide(firstAid: FirstAid, locale: Locale): FirstAidGuide {
	const text = escapeHtml;
	return {
		rules: firstAid.rules.map((rule) => `<li><strong>${text(rule.title[locale])}</strong> <span>${text(rule.body[locale])}</span></li>`).join(''),
		devices: firstAid.disconnect
			.map(
				(device) =>
					`<details data-device="${text(device.id)}"><summary>${text(device.label[locale])}</summary><ol>${device.steps.map((step) => `<li>${text(step[locale])}</li>`).join('')}</ol></details>`
			)
			.join(''),
		notes: firstAid.notes.map((note) => `<p>${text(note[locale])}</p>`).join(''),
		sources: firstAid.sources
			.map((source) => {
				const title = source.url ? `<a href="${text(source.url)}" target="_blank" rel="noopener noreferrer">${text(source.title)}</a>` : text(source.title);
				const seed = source.seed ? `（${text(source.seed)}「${text(source.section ?? '')}」）` : '';
				return `<li>${title}${seed}</li>`;
			})
			.join('')
	};
}
