import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoad } from '../../../scripts/weight.mjs';

let build: string;

/** A built page in the shapes Vite and SvelteKit write: entries, a node that re-exports its component, lazy chunks. */
function file(path: string, text: string) {
	mkdirSync(join(build, path, '..'), { recursive: true });
	writeFileSync(join(build, path), text);
}

beforeAll(() => {
	build = mkdtempSync(join(tmpdir(), 'weight-'));
	file(
		'page.html',
		`<div><script>Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]).then(([kit, app]) => kit.start(app, el, { node_ids: [0, 3] }))</script></div>`
	);
	file('_app/immutable/entry/start.js', 'import{a as e}from"../chunks/runtime.js";export{e as start};');
	file('_app/immutable/entry/app.js', 'import"../chunks/runtime.js";const n=[()=>import("../nodes/0.js")];export{n as nodes};');
	file('_app/immutable/chunks/runtime.js', 'export const a=1;');
	file('_app/immutable/nodes/0.js', 'import*as l from"../chunks/layout.js";export{l};');
	file('_app/immutable/chunks/layout.js', 'export const l=1;');
	// A route whose component is shared with another route: its node only re-exports it.
	file('_app/immutable/nodes/3.js', 'export{t as component}from"../chunks/shared-page.js";');
	file('_app/immutable/chunks/shared-page.js', 'import{z as e}from"./heavy.js";import"./side-effect.js";const t=()=>import("./lazy.js");export{t};');
	file('_app/immutable/chunks/heavy.js', 'export const z=1;');
	file('_app/immutable/chunks/side-effect.js', 'globalThis.x=1;');
	file('_app/immutable/chunks/lazy.js', 'export const y=1;');
});

afterAll(() => rmSync(build, { recursive: true, force: true }));

describe('scripts/weight.mjs firstLoad', () => {
	it('counts every script a page loads before it runs, through imports and re-exports, and nothing loaded later', () => {
		const files = firstLoad(join(build, 'page.html'), build).js.map((f) => f.file.replace('_app/immutable/', ''));
		expect(files.sort()).toEqual(
			[
				'entry/start.js',
				'entry/app.js',
				'chunks/runtime.js',
				'nodes/0.js',
				'chunks/layout.js',
				'nodes/3.js',
				'chunks/shared-page.js',
				'chunks/heavy.js',
				'chunks/side-effect.js'
			].sort()
		);
	});
});
