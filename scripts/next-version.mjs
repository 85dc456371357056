// The next version of the app after an editor changed one sentence of one desk: a copy of the
// sources (the working tree is never touched) with that change, built with another build name.
// The e2e update test serves it in place of the first build; the bench prices the update.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CHANGED_DESK = 'jpcert';
export const UPDATED_SUFFIX = '（この文はテスト用の更新です）';
const SOURCES = ['content', 'src', 'static', 'scripts', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];

/** @param {string} [dir] */
const deskFile = (dir = root) => join(dir, 'content', 'desks', `${CHANGED_DESK}.json`);

/** The changed desk's Japanese summary as the working tree has it. */
export function deskSummary() {
	return JSON.parse(readFileSync(deskFile(), 'utf8')).summary.ja;
}

/**
 * @param {{ out: string, name: string, source: string, stdio?: 'inherit' | 'ignore' }} options
 *   out: where the site is written; name: its SHODO_BUILD; source: a scratch folder for the copy
 */
export function buildNextVersion({ out, name, source, stdio = 'inherit' }) {
	rmSync(source, { recursive: true, force: true });
	mkdirSync(source, { recursive: true });
	for (const entry of SOURCES) cpSync(join(root, entry), join(source, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
	const desk = JSON.parse(readFileSync(deskFile(), 'utf8'));
	desk.summary.ja += UPDATED_SUFFIX;
	writeFileSync(deskFile(source), JSON.stringify(desk, null, '\t') + '\n');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		cwd: source,
		stdio,
		env: { ...process.env, SHODO_BUILD: name, SHODO_OUT: out }
	});
}
