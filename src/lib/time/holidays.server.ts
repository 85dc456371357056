import holidayJp from '@holiday-jp/holiday_jp';
import type { Plugin } from 'vite';

/**
 * The holiday table as the browser gets it: each name once, and each date with the index of its
 * name. The library ships the table with weekday names and its own helpers (about 14 KB gzipped);
 * this is the same facts in about a third of that.
 */
export interface HolidayTable {
	names: [ja: string, en: string][];
	/** 'YYYY-MM-DD' → index into names */
	dates: Record<string, number>;
}

export function holidayTable(): HolidayTable {
	const names: [string, string][] = [];
	const index = new Map<string, number>();
	const dates: Record<string, number> = {};
	const table: Record<string, { name: string; name_en: string }> = holidayJp.holidays;
	for (const date of Object.keys(table).sort()) {
		const { name, name_en } = table[date]!;
		const key = `${name}\u0000${name_en}`;
		if (!index.has(key)) {
			index.set(key, names.length);
			names.push([name, name_en]);
		}
		dates[date] = index.get(key)!;
	}
	return { names, dates };
}

const ID = 'virtual:holidays';

/** Serves virtual:holidays, built from @holiday-jp/holiday_jp at build time. */
export function holidaysPlugin(): Plugin {
	return {
		name: 'shodo-holidays',
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		load: (id) => (id === `\0${ID}` ? `export const holidays = ${JSON.stringify(holidayTable())};` : undefined)
	};
}
