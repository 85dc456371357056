import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cycles, folderEdges, folderOf, report, specifiers, type Edge } from './import-graph';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the import graph of src/lib', () => {
	it('flows one way: no folders import each other, directly or round a longer cycle', () => {
		const edges = folderEdges(root);
		// The reader itself works on this tree: the folders do import one another.
		expect(edges.length).toBeGreaterThan(10);
		const found = cycles(edges);
		expect('\n' + report(found)).toBe('\n');
	});
});

describe('reading imports', () => {
	it('finds static, type, re-exported and dynamic imports, and import() types', () => {
		const source = `
			import a from '$lib/a/x';
			import type { B } from '../b/y';
			import { type C } from './c';
			export { d } from '$lib/d';
			export * from '$lib/e/z';
			import '$lib/f/side-effect';
			const g = await import('$lib/g/lazy');
			let h: import('$lib/h/t').H;
			// import i from '$lib/i/commented';
			const s = "import j from '$lib/j/in-a-string'";
		`;
		expect(specifiers(source, 'x.ts')).toEqual([
			'$lib/a/x',
			'../b/y',
			'./c',
			'$lib/d',
			'$lib/e/z',
			'$lib/f/side-effect',
			'$lib/g/lazy',
			'$lib/h/t'
		]);
	});

	it('reads every <script> block of a Svelte file and nothing of its markup', () => {
		const source = `<script module lang="ts">import type { A } from '$lib/a';</script>
<script lang="ts">import B from '$lib/b/b.svelte';</script>
<p>import c from '$lib/c'</p>`;
		expect(specifiers(source, 'x.svelte')).toEqual(['$lib/a', '$lib/b/b.svelte']);
	});

	it('resolves a specifier to its folder of src/lib', () => {
		const lib = root + 'src/lib';
		expect(folderOf('$lib/storage/types', lib + '/incident/x.ts', lib)).toBe('storage');
		expect(folderOf('../time/japan-time', lib + '/incident/x.ts', lib)).toBe('time');
		expect(folderOf('./schema', lib + '/incident/x.ts', lib)).toBe('incident');
		expect(folderOf('../../content/x', lib + '/components/a/a.svelte', lib)).toBe('content');
		expect(folderOf('virtual:content/triage', lib + '/triage/x.ts', lib)).toBe('content');
		expect(folderOf('virtual:holidays', lib + '/time/x.ts', lib)).toBe('time');
		expect(folderOf('$lib/paraglide/messages', lib + '/time/x.ts', lib)).toBe('paraglide');
		expect(folderOf('../util', lib + '/time/x.ts', lib)).toBe('(root)');
		expect(folderOf('zod', lib + '/time/x.ts', lib)).toBeUndefined();
		expect(folderOf('$app/environment', lib + '/time/x.ts', lib)).toBeUndefined();
		expect(folderOf('../../routes/x', lib + '/time/x.ts', lib)).toBeUndefined();
	});
});

describe('finding cycles', () => {
	const edge = (from: string, to: string): Edge => ({ from, to, file: `src/lib/${from}/f.ts`, specifier: `$lib/${to}` });

	it('accepts a graph that flows one way', () => {
		expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
	});

	it('names a pair and a longer cycle, with the edges inside each', () => {
		const found = cycles([edge('a', 'b'), edge('b', 'a'), edge('c', 'd'), edge('d', 'e'), edge('e', 'c'), edge('a', 'c')]);
		expect(found.map((g) => g.folders.join()).sort()).toEqual(['a,b', 'c,d,e']);
		expect(found.find((g) => g.folders.includes('a'))!.edges).toEqual([edge('a', 'b'), edge('b', 'a')]);
		expect(report(found)).toContain("b → a: src/lib/b/f.ts imports '$lib/a'");
	});
});
