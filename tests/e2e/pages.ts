import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const buildDir = fileURLToPath(new URL('../../build', import.meta.url));

/**
 * Every prerendered page, read from the build output, so a page added later is covered by the
 * offline, accessibility and privacy checks without anyone editing the tests.
 */
export function prerenderedPages(dir = buildDir): string[] {
	const pages: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name.endsWith('.html') && name !== '404.html') {
				const rel = relative(dir, full).split(sep).join('/').replace(/\.html$/, '');
				pages.push(rel === 'index' ? '/' : '/' + rel.replace(/\/index$/, ''));
			}
		}
	};
	walk(dir);
	if (pages.length === 0) throw new Error(`No prerendered pages in ${dir}: run the build first.`);
	return pages.sort();
}
