import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPlugin, readContent } from '$lib/content/content.server';
import { validateDesks, validateFirstAid } from '$lib/content/validate';
import { desks } from '$lib/content/desks';
import { deskDirectory } from '$lib/content/desk-directory';
import { deskIds } from '$lib/content/desk-ids';
import { triageTree } from '$lib/content/triage';
import { triageQuestions } from '$lib/content/triage-questions';
import { firstAid } from '$lib/content/first-aid';
import { firstAidShort } from '$lib/content/first-aid-short';
import { jcratForward, policeSheet, ppcDraft, summaryWording } from '$lib/content/documents';
import { entryKinds } from '$lib/content/entry-kinds';
import { ownContactsWording } from '$lib/content/own-contacts';
import { ownContactNames } from '$lib/content/own-contact-names';
import { ownContactReasons } from '$lib/content/own-contact-reasons';
import { ownContactHints } from '$lib/content/own-contact-hints';
import { OWN_CONTACT_ROLES } from '$lib/content/validate-own-contacts';
import { ROLES } from '$lib/profile/roles';

/** content/ copied to a temporary folder, so a test can break a file the way an editor might. */
function contentCopy(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'shodo-content-')), 'content');
	cpSync('content', dir, { recursive: true });
	return dir;
}

/** What the plugin serves for a virtual module, or the error it throws. */
function load(dir: string, id: string): string {
	const plugin = contentPlugin({ dir });
	const ctx = { addWatchFile() {} };
	const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
	if (!resolved) throw new Error(`not resolved: ${id}`);
	return (plugin.load as unknown as (this: typeof ctx, id: string) => string).call(ctx, resolved);
}

describe('the content the browser gets', () => {
	it('equals the content checked with zod, field for field', () => {
		const checked = readContent('content');
		expect(desks).toEqual(checked.desks);
		// The directory is each desk's name, kind, region and first email for questions, nothing else, in the same order.
		expect(deskDirectory).toEqual(
			checked.desks.map((d) => {
				const email = d.contacts.find((c) => c.kind === 'email' && c.forwardOnly !== true);
				return { id: d.id, name: d.name, kind: d.kind, region: d.region, ...(email && email.kind === 'email' ? { email: { address: email.address, certainty: email.certainty } } : {}) };
			})
		);
		expect(deskDirectory.some((d) => d.email) && deskDirectory.some((d) => !d.email)).toBe(true);
		expect([...deskIds]).toEqual(checked.deskIds);
		expect(triageTree).toEqual(checked.triageTree);
		// The triage's first screens load its questions alone; the rules and the rest come with the desks.
		expect(triageQuestions).toEqual({ questions: checked.triageTree.questions });
		expect(triageTree.questions).toBe(triageQuestions.questions);
		expect(firstAid).toEqual(checked.firstAid);
		expect({ policeSheet, ppcDraft, jcratForward, summaryWording }).toEqual(checked.documents);
		expect(entryKinds).toEqual(checked.documents.summaryWording.kinds);
		// content/profile/own-contacts.json ships in four parts (names; the form's hints; the desks' words;
		// the triage's reasons) that together are the file, field for field.
		const { $comment, roles, ...sentences } = checked.ownContacts;
		expect($comment).toBeTypeOf('string');
		const { roles: deskRoles, ...deskSentences } = ownContactsWording;
		expect(deskSentences).toEqual(sentences);
		for (const role of ROLES) {
			const hint = ownContactHints[role];
			expect({ name: ownContactNames[role], ...(hint ? { formHint: hint } : {}), ...deskRoles[role], ...ownContactReasons[role] }).toEqual(roles[role]);
		}
		// The file has a part for each of the profile's contacts, no more and no fewer.
		expect([...OWN_CONTACT_ROLES]).toEqual([...ROLES]);
		// The home page's short first aid is the rules' own "short" words, in the rules' order.
		expect(firstAidShort).toEqual(checked.firstAid.rules.filter((r) => r.short).map((r) => ({ id: r.id, ...r.short })));
		expect(firstAidShort.map((r) => r.id)).toEqual(['disconnect', 'note']);
		// And the checked data is what the files say once parsed (zod trims text; nothing else changes).
		expect(firstAid).toEqual(validateFirstAid(JSON.parse(readFileSync('content/first-aid/first-aid.json', 'utf8'))));
		const one = JSON.parse(readFileSync('content/desks/ipa-anshin.json', 'utf8'));
		expect(desks.find((d) => d.id === 'ipa-anshin')).toEqual(validateDesks({ '/content/desks/ipa-anshin.json': one })[0]);
	});

	it('is plain data: the modules import nothing (no zod)', () => {
		const dir = contentCopy();
		for (const id of ['desks', 'desk-directory', 'desk-ids', 'triage-questions', 'triage-result', 'first-aid', 'first-aid-short', 'document-police-sheet', 'document-ppc-draft', 'document-jcrat-forward', 'document-summary', 'entry-kinds', 'own-contact-names', 'own-contacts', 'own-contact-reasons']) {
			const code = load(dir, `virtual:content/${id}`);
			expect(code, id).not.toMatch(/\bimport\b|\brequire\(/);
			expect(code, id).toMatch(/^export const \w+ = /);
		}
		// The questions' module carries no rule, reason or calm words: the first question does not wait for them.
		const questions = load(dir, 'virtual:content/triage-questions');
		const rules = readContent(dir).triageTree.rules;
		expect(rules.filter((r) => questions.includes(JSON.stringify(r.reason.ja).slice(1, -1)))).toEqual([]);
		expect(load(dir, 'virtual:content/triage-result')).not.toContain('"questions"');
	});

	it('a bad desk file fails the build, naming the file and the field', () => {
		const dir = contentCopy();
		const file = join(dir, 'desks/ipa-anshin.json');
		const desk = JSON.parse(readFileSync(file, 'utf8'));
		desk.contacts[0].number = '03 5978 7509';
		writeFileSync(file, JSON.stringify(desk));
		const plugin = contentPlugin({ dir });
		expect(() => (plugin.buildStart as () => void)()).toThrow('content/desks/ipa-anshin.json: contacts.0.number: must be a Japanese number');
		expect(() => load(dir, 'virtual:content/desks')).toThrow('content/desks/ipa-anshin.json: contacts.0.number');
	});

	it('a bad first-aid or triage file fails the build, naming the file and the field', () => {
		const dir = contentCopy();
		const fa = join(dir, 'first-aid/first-aid.json');
		const raw = JSON.parse(readFileSync(fa, 'utf8'));
		raw.rules[0].body.en = 'Power off the computer.';
		writeFileSync(fa, JSON.stringify(raw));
		expect(() => readContent(dir)).toThrow('content/first-aid/first-aid.json: rules.0.body: first aid must never say to turn a device off');

		const dir2 = contentCopy();
		const q = join(dir2, 'triage/questions.json');
		writeFileSync(q, readFileSync(q, 'utf8').replace('"stage": "first"', '"stage": "soon"'));
		expect(() => readContent(dir2)).toThrow(/content\/triage\/questions\.json: questions\.0\.stage/);

		const dir3 = contentCopy();
		writeFileSync(join(dir3, 'desks/broken.json'), '{ "id": "broken", ');
		expect(() => readContent(dir3)).toThrow(/content\/desks\/broken\.json: \(file\): /);

		const dir4 = contentCopy();
		const ppc = join(dir4, 'documents/ppc-draft.json');
		writeFileSync(ppc, JSON.stringify({ ...JSON.parse(readFileSync(ppc, 'utf8')), formUrl: 'http://example.jp/' }));
		expect(() => readContent(dir4)).toThrow(/content\/documents\/ppc-draft\.json: formUrl/);
	});

	it('a summary text whose slots do not match what the code fills fails the build', () => {
		const cases: [(w: Record<string, { ja: string; en: string }>) => void, string][] = [
			[(w) => (w.greetingTo!.en = 'To the {dsk}'), 'content/documents/summary.json: greetingTo.en: must use the slots {desk}; unknown: {dsk}; missing: {desk}'],
			[(w) => (w.ppcFinal!.ja = '確報: {date}まで'), 'content/documents/summary.json: ppcFinal.ja: must use the slots {date}, {days}; missing: {days}'],
			[(w) => (w.intro!.en = 'Hello {name}'), 'content/documents/summary.json: intro.en: must use the slots (none); unknown: {name}']
		];
		for (const [breakIt, error] of cases) {
			const dir = contentCopy();
			const file = join(dir, 'documents/summary.json');
			const wording = JSON.parse(readFileSync(file, 'utf8'));
			breakIt(wording);
			writeFileSync(file, JSON.stringify(wording));
			expect(() => readContent(dir)).toThrow(error);
		}
	});

	it('a bad own-contacts file fails the build, naming the file and the field', () => {
		const cases: [(w: { roles: Record<string, Record<string, unknown>> } & Record<string, unknown>) => void, string][] = [
			[(w) => ((w.roles.otasuketai!.reasonWithLine as { ja: string }).ja = 'まず連絡します（{phone}）。'), 'content/profile/own-contacts.json: roles.otasuketai.reasonWithLine.ja: must use the slots {line}; unknown: {phone}; missing: {line}'],
			[(w) => ((w.nameWithTyped as { en: string }).en = '{role}'), 'content/profile/own-contacts.json: nameWithTyped.en: must use the slots {role}, {name}; missing: {name}'],
			[(w) => delete w.roles.bank!.name, 'content/profile/own-contacts.json: roles.bank.name'],
			[(w) => (w.roles.insurer!.refrence = { ja: '証券番号', en: 'Policy number' }), 'content/profile/own-contacts.json: roles.insurer: Unrecognized key: "refrence"'],
			[(w) => delete w.roles.manager, 'content/profile/own-contacts.json: roles.manager'],
			[(w) => delete (w.roles.manager!.formHint as { en?: string }).en, 'content/profile/own-contacts.json: roles.manager.formHint.en'],
			[(w) => (w.roles.itVendor!.formHint = 'IT担当者'), 'content/profile/own-contacts.json: roles.itVendor.formHint']
		];
		for (const [breakIt, error] of cases) {
			const dir = contentCopy();
			const file = join(dir, 'profile/own-contacts.json');
			const wording = JSON.parse(readFileSync(file, 'utf8'));
			breakIt(wording);
			writeFileSync(file, JSON.stringify(wording));
			expect(() => readContent(dir)).toThrow(error);
		}
	});

	it('the home page needs its two short first-aid rules', () => {
		const dir = contentCopy();
		const fa = join(dir, 'first-aid/first-aid.json');
		const raw = JSON.parse(readFileSync(fa, 'utf8'));
		for (const rule of raw.rules) delete rule.short;
		writeFileSync(fa, JSON.stringify(raw));
		expect(() => readContent(dir)).toThrow('content/first-aid/first-aid.json: rules: exactly two rules need "short"');
	});
});
