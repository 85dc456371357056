import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const UPDATE_BUILD_NAME = 'e2e-update-build';
export const updateBuildDir = fileURLToPath(new URL('../../.e2e/update-build', import.meta.url));
const updateSourceDir = fileURLToPath(new URL('../../.e2e/update-source', import.meta.url));

/** The desk whose content the next version changes, as an editor would: one sentence of one file. */
export const CHANGED_DESK = 'jpcert';
const deskFile = (dir: string) => join(dir, 'content', 'desks', `${CHANGED_DESK}.json`);
export const deskSummary = (dir = root): string => JSON.parse(readFileSync(deskFile(dir), 'utf8')).summary.ja;
export const UPDATED_SUFFIX = '（この文はテスト用の更新です）';

/**
 * The next version, served in place of the first by the update test: another build name, and one
 * desk's summary changed in a copy of the sources (the working tree is never touched).
 */
export default function globalSetup(): void {
	rmSync(updateSourceDir, { recursive: true, force: true });
	mkdirSync(updateSourceDir, { recursive: true });
	for (const entry of ['content', 'src', 'static', 'scripts', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) {
		cpSync(join(root, entry), join(updateSourceDir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(updateSourceDir, 'node_modules'), 'dir');
	const desk = JSON.parse(readFileSync(deskFile(root), 'utf8'));
	desk.summary.ja += UPDATED_SUFFIX;
	writeFileSync(deskFile(updateSourceDir), JSON.stringify(desk, null, '\t') + '\n');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		cwd: updateSourceDir,
		stdio: 'inherit',
		env: { ...process.env, SHODO_BUILD: UPDATE_BUILD_NAME, SHODO_OUT: updateBuildDir }
	});
}
