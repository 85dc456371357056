import type { Locale } from '$lib/paraglide/runtime';

declare const slotNames: unique symbol;

/**
 * Text in both languages with named slots, e.g. { ja: '{desk} ご担当者様', en: 'To the {desk}' }. The
 * build checks that each language uses exactly the slots the schema names (`template()` in
 * validate-documents.ts), and the type carries those names, so `fill` must be given each of them.
 */
export type Template<S extends string> = { ja: string; en: string; readonly [slotNames]?: S };

/** The text in `locale` with every {slot} replaced by its value. */
export function fill<S extends string>(text: Template<S>, locale: Locale, values: Record<S, string | number>): string {
	return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name as S]) : whole
	);
}

/** The names of the {slots} a text uses. */
export function slotsIn(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
