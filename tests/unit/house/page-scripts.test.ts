import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserGlobalsUsed, codeOf } from './browser-globals';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

describe('thin pages', () => {
	it('no page script calls a browser API itself: pages go through src/lib/browser', () => {
		const found = files(join(root, 'src/routes')).flatMap((path) =>
			browserGlobalsUsed(codeOf(readFileSync(path, 'utf8'), path)).map((name) => `${relative(root, path)}: ${name}`)
		);
		// The reader finds them: the routes do use the wrappers' names as properties and locals.
		expect(files(join(root, 'src/routes')).length).toBeGreaterThan(20);
		expect('\n' + [...new Set(found)].join('\n')).toBe('\n');
	});
});

describe('reading browser globals', () => {
	it('finds free uses in code and in markup, and not properties, declarations or types', () => {
		expect(browserGlobalsUsed('const id = crypto.randomUUID(); s.context.history.at(-1); const o = { print: 1 };')).toEqual(['crypto']);
		expect(browserGlobalsUsed('function f(history: string[]) { return history; } let x: Window; import { open } from "./o"; open();')).toEqual([]);
		expect(browserGlobalsUsed('localStorage.getItem("k"); window.scrollTo(0, 0);')).toEqual(['localStorage', 'window']);
		const svelte = `<script lang="ts">import { m } from '$lib/m'; const location = 'x';</script>
<button onclick={() => print()}>{m.print()}</button>{#if navigator.onLine}{location}{/if}<style>p { open: 1 }</style>
{#snippet row(screen)}{screen.x}{/snippet}{#each items as history, i (history.id)}{history.at(i)}{/each}{@const open = 1}{open}`;
		expect(browserGlobalsUsed(codeOf(svelte, 'a.svelte')).sort()).toEqual(['navigator', 'print']);
	});
});
