import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POWER_OFF } from '$lib/content/schema';

/*
 * The first rule of first aid is to keep the device powered on. Every text people read lives in
 * content/ (desks, first aid, triage, the documents and the summary's wording) or in the Paraglide
 * messages under content/i18n/messages/; this reads every string of every JSON file there, so a text
 * added anywhere, in either language, is checked without being listed here.
 */

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));

/** Every string value in every .json file under `dir`, named by file and field. */
function everyText(dir: string): { at: string; text: string }[] {
	const found: { at: string; text: string }[] = [];
	const walk = (value: unknown, at: string) => {
		if (typeof value === 'string') found.push({ at, text: value });
		else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}.${i}`));
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
	};
	const visit = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) visit(path);
			else if (entry.name.endsWith('.json')) walk(JSON.parse(readFileSync(path, 'utf8')), relative(dir, path));
		}
	};
	visit(dir);
	return found;
}

const saysPowerOff = (dir: string) => everyText(dir).filter(({ text }) => POWER_OFF.test(text)).map(({ at, text }) => `${at}: ${text}`);

describe('no text anywhere says to power a device off', () => {
	it('holds for every string in content/ and in the interface messages', () => {
		const texts = everyText(contentDir);
		// It reads what it should: the content, the home page's short first aid and the messages.
		const at = texts.map((t) => t.at);
		expect(at).toContain('first-aid/first-aid.json.rules.1.short.title.ja');
		expect(at.some((a) => a.startsWith('i18n/messages/triage/en.json.'))).toBe(true);
		expect(at.some((a) => a.startsWith('desks/'))).toBe(true);
		expect(at.some((a) => a.startsWith('documents/'))).toBe(true);
		expect(texts.length).toBeGreaterThan(1000);
		expect(saysPowerOff(contentDir)).toEqual([]);
	});

	it('finds such a text in any file, at any depth, in either language', () => {
		const dir = mkdtempSync(join(tmpdir(), 'power-off-'));
		mkdirSync(join(dir, 'i18n/messages/x'), { recursive: true });
		writeFileSync(join(dir, 'a.json'), JSON.stringify({ rules: [{ body: { ja: '落ち着いて。', en: 'First, power off the PC.' } }] }));
		writeFileSync(join(dir, 'i18n/messages/x/ja.json'), JSON.stringify({ key: 'まずパソコンの電源を切ってください。' }));
		expect(saysPowerOff(dir)).toEqual([
			'a.json.rules.0.body.en: First, power off the PC.',
			'i18n/messages/x/ja.json.key: まずパソコンの電源を切ってください。'
		]);
	});
});

describe('what counts as saying to power off', () => {
	it.each([
		'まず電源を切ってください。',
		'電源を落としてください。',
		'電源をオフにします。',
		'パソコンをシャットダウンします。',
		'Power off the computer.',
		'Please power it off.',
		'Turn it off now.',
		'Shut it down.'
	])('refuses %s', (text) => {
		expect(POWER_OFF.test(text)).toBe(true);
	});

	it.each([
		'電源は切らずにネットから切断',
		'電源を切らないでください。',
		'電源を切ると、メモリ上の記録が失われることがあります。',
		'Keep it powered on.',
		'Do not turn it off.',
		"Don't power it off.",
		'Turning the power off can lose records held in memory.'
	])('lets the rule itself through: %s', (text) => {
		expect(POWER_OFF.test(text)).toBe(false);
	});
});
