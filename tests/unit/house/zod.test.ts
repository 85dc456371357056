import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specifiers } from './import-graph';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'paraglide') return [];
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

describe('zod', () => {
	it('is imported only through src/lib/zod.ts, which makes it jitless before any schema is built', () => {
		const direct = sources(join(root, 'src'))
			.filter((file) => specifiers(readFileSync(file, 'utf8'), file).some((s) => s === 'zod' || s.startsWith('zod/')))
			.map((file) => relative(root, file));
		// The reader finds imports (a control: zod.ts itself imports zod).
		expect(direct).toContain('src/lib/zod.ts');
		expect(direct).toEqual(['src/lib/zod.ts']);
		expect(readFileSync(join(root, 'src/lib/zod.ts'), 'utf8')).toMatch(/config\(\{ jitless: true \}\)/);
	});
});
