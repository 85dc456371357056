import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHomePage, Source } from '$lib/content/schema';
import { validateDesks } from '$lib/content/validate';

/*
 * How sure a fact is follows from what it was read on, and a source names the page actually read.
 * These checks run on the raw files (as the build reads them), so they fail on content that breaks
 * them, whichever desk it is.
 */

const deskFiles = readdirSync('content/desks').filter((f) => f.endsWith('.json'));
const raw = (file: string) => JSON.parse(readFileSync(join('content/desks', file), 'utf8'));
const problemsOf = (file: string, json: unknown): string => {
	try {
		validateDesks({ [`/content/desks/${file}`]: json });
		return '';
	} catch (error) {
		return (error as Error).message;
	}
};
/** Every JSON file under content/, recursively. */
const contentFiles = (dir = 'content'): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? contentFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []
	);
/** Every object with a "url" in a parsed file, with its path. */
function urlHolders(node: unknown, path = ''): { path: string; holder: Record<string, unknown> }[] {
	if (Array.isArray(node)) return node.flatMap((v, i) => urlHolders(v, `${path}.${i}`));
	if (!node || typeof node !== 'object') return [];
	const holder = node as Record<string, unknown>;
	const here = typeof holder.url === 'string' ? [{ path, holder }] : [];
	return [...here, ...Object.entries(holder).flatMap(([k, v]) => urlHolders(v, path ? `${path}.${k}` : k))];
}

describe('a fact marked confirmed was read on a page, not only in a seed', () => {
	it('every desk file passes', () => {
		for (const file of deskFiles) expect(problemsOf(file, raw(file)), file).toBe('');
	});

	it('refuses a confirmed note whose only source is a seed (the count of お助け隊 services)', () => {
		const json = raw('otasuketai.json');
		const count = json.notes.findIndex((n: { ja: string }) => n.ja.includes('58'));
		json.notes[count].certainty = 'confirmed';
		expect(problemsOf('otasuketai.json', json)).toContain(
			`content/desks/otasuketai.json: notes.${count}.certainty: "confirmed", but its only source is a seed`
		);
	});

	it('refuses a confirmed link that was not read, even when it names another page (otasuketai-pr)', () => {
		const json = raw('otasuketai.json');
		json.contacts[0].certainty = 'confirmed';
		json.contacts[0].from = ['002_edadf9306be31f52.txt'];
		expect(problemsOf('otasuketai.json', json)).toContain('otasuketai.json: contacts.0.certainty: "confirmed", but its only source is a seed');
		json.contacts[0].from = ['https://www.ipa.go.jp/security/sme/otasuketai/'];
		expect(problemsOf('otasuketai.json', json)).toContain('otasuketai.json: contacts.0.url: a confirmed link must be a page it was read on');
	});

	it('refuses confirmed hours on a desk whose only sources are seeds', () => {
		const json = raw('tokyo-sme-cyber.json');
		expect(json.sources.every((s: { seed?: string }) => s.seed)).toBe(true);
		json.contacts[0].hours.certainty = 'confirmed';
		json.contacts[0].from = [json.sources[0].seed];
		expect(problemsOf('tokyo-sme-cyber.json', json)).toContain('tokyo-sme-cyber.json: contacts.0.certainty: "confirmed", but its only source is a seed');
	});

	it('refuses a confirmed fact that does not name its sources, and a "from" that is not a source', () => {
		const json = raw('ppc-dial.json');
		delete json.notes[0].from;
		json.contacts[0].from = ['https://www.ppc.go.jp/'];
		const message = problemsOf('ppc-dial.json', json);
		expect(message).toContain('ppc-dial.json: notes.0.certainty: "confirmed" needs "from"');
		expect(message).toContain('ppc-dial.json: contacts.0.from.0: "https://www.ppc.go.jp/" is not the url or seed of one of the desk\'s sources');
	});

	it('lets a fact found only in the seeds say so', () => {
		const json = raw('otasuketai.json');
		expect(json.contacts[0]).toMatchObject({ certainty: 'seed', from: ['002_edadf9306be31f52.txt', '004_983349b1c0ef3f5b.txt'] });
		expect(problemsOf('otasuketai.json', json)).toBe('');
	});
});

describe('a source names the page read, not a site\'s home page', () => {
	it('knows a home page', () => {
		expect(isHomePage('https://www.npa.go.jp/')).toBe(true);
		expect(isHomePage('https://ihaho.jp')).toBe(true);
		expect(isHomePage('https://www.npa.go.jp/bureau/cyber/soudan.html')).toBe(false);
		expect(isHomePage('https://example.jp/?page=9110')).toBe(false);
	});

	it('refuses a home page without a reason, naming the file and the field', () => {
		const json = raw('police-9110.json');
		const i = json.sources.push({ title: '警察庁', url: 'https://www.npa.go.jp/', checked: '2026-12-06' }) - 1;
		expect(problemsOf('police-9110.json', json)).toContain(
			`content/desks/police-9110.json: sources.${i}.url: a source names the page read, not a home page (path "/")`
		);
		json.sources[i].whyHomePage = 'test: the home page is meant';
		expect(problemsOf('police-9110.json', json)).toBe('');
	});

	it('holds for the documents and first aid too (the same Source)', () => {
		const base = { title: 'x', checked: '2026-12-06' };
		expect(Source.safeParse({ ...base, url: 'https://www.ppc.go.jp/' }).success).toBe(false);
		expect(Source.safeParse({ ...base, url: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/' }).success).toBe(true);
	});

	it('no source anywhere in content/ is a bare home page unless it says why (triage rule sources included)', () => {
		const found: string[] = [];
		for (const file of contentFiles()) {
			for (const { path, holder } of urlHolders(JSON.parse(readFileSync(file, 'utf8')))) {
				const isSource = /(^|\.)sources\.\d+$/.test(path);
				if (isSource && isHomePage(holder.url as string) && !holder.whyHomePage) found.push(`${file}: ${path}.url ${holder.url}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('the scan sees a home page source in a triage rule', () => {
		const rule = { rules: [{ id: 'x', sources: [{ url: 'https://www.npa.go.jp/' }] }] };
		const hits = urlHolders(rule).filter(({ path, holder }) => /(^|\.)sources\.\d+$/.test(path) && isHomePage(holder.url as string));
		expect(hits.map((h) => h.path)).toEqual(['rules.0.sources.0']);
	});
});
