import { describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import firstAidRaw from '$content/first-aid/first-aid.json';
import { firstAid } from '$lib/content/first-aid';
import { readContent } from '$lib/content/content.server';
import { Desk } from '$lib/content/schema';
import { desks as contentDesks } from '$lib/content/desks';
import { FirstAid, validateDesks, validateTriage } from '$lib/content/validate';
import { triageTree } from '$lib/content/triage';
import { showsDesks, type Step } from '$lib/triage/flow';
import { createTriageMachine } from '$lib/triage/machine';
import { route } from '$lib/triage/routing';
import { deskIds } from '$lib/content/desk-ids';
import { readJson, withContentCopy, writeJson } from '../../fixtures/content-copy';
import { realDeskIds, triageFiles, type RawQuestions, type RawRules } from '../../fixtures/triage-content';

const NOW = new Date('2026-06-15T03:00:00Z');
const RULES = (name: string) => `/content/triage/rules/${name}.json`;

function problems(mutate: (files: ReturnType<typeof triageFiles>) => void, desks: readonly string[] = realDeskIds): string {
	const files = triageFiles();
	mutate(files);
	try {
		validateTriage(files, desks);
	} catch (error) {
		return (error as Error).message;
	}
	return '';
}

const questionsOf = (files: ReturnType<typeof triageFiles>) => files.questions[1] as RawQuestions;
const rulesOf = (files: ReturnType<typeof triageFiles>, name: string) => files.rules[RULES(name)] as RawRules;

describe('the triage content is checked against itself and the desks, naming the file and the field', () => {
	test('the real content is valid', () => {
		expect(problems(() => {})).toBe('');
		expect(triageTree.rules.length).toBeGreaterThan(40);
	});

	test.each([
		['a rule names a desk that has no file', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '40-device').rules[0]!.desk = 'no-such-desk'), 'content/triage/rules/40-device.json: rules.0.desk: no desk "no-such-desk"'],
		['a rule asks for an answer the question does not have', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '30-money').rules[0]!.when = { moneyLost: 'perhaps' }), 'content/triage/rules/30-money.json: rules.0.when.moneyLost: "perhaps" is not an answer of moneyLost'],
		['a rule names a question that does not exist', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '30-money').rules[1]!.when = { colour: 'red' }), 'rules.1.when.colour: "colour" is not a question id'],
		['a rule names a tag no answer carries', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '95-organisations').rules[0]!.when = { tag: 'nonsense' }), 'content/triage/rules/95-organisations.json: rules.0.when.tag: no answer carries the tag "nonsense"'],
		['a rule names a decision the code does not make', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '90-personal-data').rules[0]!.when = { fact: 'ppc-maybe' }), 'rules.0.when.fact: must be one of'],
		['a rule prepares something that is not listed', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '10-life').rules[0]!.prepare = ['photos']), 'content/triage/rules/10-life.json: rules.0.prepare.0: "photos" is not in content/triage/prepare.json'],
		['a reason is not a sentence', (f: ReturnType<typeof triageFiles>) => ((rulesOf(f, '10-life').rules[0]!.reason as { ja: string }).ja = '110番のため'), 'content/triage/rules/10-life.json: rules.0.reason: each reason is a whole sentence'],
		['a rule has no source', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '10-life').rules[0]!.sources = []), 'content/triage/rules/10-life.json: rules.0.sources'],
		['two rules share an id', (f: ReturnType<typeof triageFiles>) => (rulesOf(f, '30-money').rules[1]!.id = 'money-bank'), 'rules.1.id: "money-bank" is already used'],
		['a question is asked on an answer that comes later', (f: ReturnType<typeof triageFiles>) => (questionsOf(f).questions[3]!.askWhen = { policeReport: 'yes' }), 'content/triage/questions.json: questions.3.askWhen.policeReport: "policeReport" is asked later'],
		['an answer belongs to no group of a grouped question', (f: ReturnType<typeof triageFiles>) => (questionsOf(f).questions[2]!.options[0]!.group = 'nowhere'), 'content/triage/questions.json: questions.2.options.0.group: "nowhere" is not one of the question\'s groups'],
		['the safety question is not first', (f: ReturnType<typeof triageFiles>) => questionsOf(f).questions.reverse(), 'the first question must be "safety"'],
		['advice says to turn a device off', (f: ReturnType<typeof triageFiles>) => ((rulesOf(f, '40-device').rules[0]!.reason as { ja: string }).ja = 'まず電源を切ってください。'), 'content/triage/rules/40-device.json: rules.0.reason: advice must never say to turn a device off']
	])('%s', (_name, mutate, message) => {
		expect(problems(mutate)).toContain(message);
	});
});

describe('an editor changes the triage by editing content alone (a copy of the real content as the fixture)', () => {
	test('add a desk: a new file in content/desks and a rule that names it', () => {
		const desk = {
			id: 'town-cyber-desk',
			name: { ja: '町のサイバー相談窓口', en: 'Town cyber desk' },
			organisation: { ja: '町役場', en: 'Town office' },
			category: 'business-support',
			kind: 'advice',
			audience: 'organisation',
			region: 'national',
			summary: { ja: '町の事業者の相談窓口です。', en: 'A desk for the town’s businesses.' },
			handles: [{ ja: '相談', en: 'Advice' }],
			doesNotHandle: [],
			contacts: [],
			notes: [],
			sources: [{ title: 'test', url: 'https://example.jp/town/cyber-desk.html', checked: '2026-11-23' }],
			checked: '2026-11-23'
		};
		expect(Desk.safeParse(desk).success).toBe(true);
		const [valid] = validateDesks({ '/content/desks/town-cyber-desk.json': desk });
		const files = triageFiles();
		rulesOf(files, '40-device').rules.push({
			id: 'malware-town',
			when: { what: 'malware', tag: 'org' },
			desk: valid!.id,
			urgency: 'now',
			reason: { ja: '町の事業者はまずここに連絡します。', en: 'Town businesses call here first.' },
			sources: [{ url: 'https://example.jp/town/cyber-desk.html' }]
		});
		expect(() => validateTriage(files, realDeskIds)).toThrow('no desk "town-cyber-desk"');
		const tree = validateTriage(files, [...realDeskIds, valid!.id]);
		const desks = route({ answers: { safety: 'no', who: 'organisation', what: 'malware' }, now: NOW, desks: [...contentDesks, valid!] }, tree);
		expect(desks.map((d) => d.deskId)).toContain('town-cyber-desk');
		expect(desks.find((d) => d.deskId === 'town-cyber-desk')?.reasons[0]?.ja).toBe('町の事業者はまずここに連絡します。');
	});

	test('add a situation: an answer to "what happened" and a rules file for it, and the machine offers it', () => {
		const files = triageFiles();
		const what = questionsOf(files).questions.find((q) => q.id === 'what')!;
		what.options.splice(1, 0, { value: 'qr-scam', group: 'device', tags: ['money'], label: { ja: '店に貼られたQRコードから偽のページに入った', en: 'A QR code in a shop led to a fake page' } });
		files.rules[RULES('55-qr')] = {
			checked: '2026-11-23',
			rules: [
				{ id: 'qr-antiphishing', when: { what: 'qr-scam' }, desk: 'antiphishing', urgency: 'days', reason: { ja: '偽のページを届け出られます。', en: 'You can report the fake page.' }, sources: [{ facts: 'フィッシング対策協議会' }] }
			]
		};
		const tree = validateTriage(files, realDeskIds);
		const machine = createTriageMachine(tree);
		const actor = createActor(machine).start();
		for (const event of [{ type: 'CONTINUE' }, { type: 'ANSWER', value: 'no' }, { type: 'ANSWER', value: 'individual' }, { type: 'ANSWER', value: 'qr-scam' }] as const) actor.send(event);
		const s = actor.getSnapshot();
		expect(showsDesks(tree, s.value as Step)).toBe(true);
		// Its "money" tag brings the money question, and the rules keyed on money apply to it too.
		expect(s.value).toBe('moneyLost');
		actor.send({ type: 'ANSWER', value: 'yes' });
		const ids = route({ answers: actor.getSnapshot().context.answers, now: NOW }, tree).map((d) => d.deskId);
		expect(ids.slice(0, 3)).toEqual(['bank-or-card', 'police-npa-online', 'antiphishing']);
	});

	test('change the desks a situation leads to, and their reasons', () => {
		const answers = { safety: 'no', who: 'individual', what: 'spam' };
		expect(route({ answers, now: NOW }).map((d) => d.deskId)).toEqual(['spam-mail-center']);
		const files = triageFiles();
		const mail = rulesOf(files, '50-mail');
		const spam = mail.rules.find((r) => r.id === 'spam-center')!;
		spam.desk = 'antiphishing';
		spam.reason = { ja: '迷惑メールの中のフィッシングを届け出ます。', en: 'Report the phishing among the spam.' };
		const tree = validateTriage(files, realDeskIds);
		const desks = route({ answers, now: NOW }, tree);
		expect(desks.map((d) => d.deskId)).toEqual(['antiphishing']);
		expect(desks[0]!.reasons[0]!.en).toBe('Report the phishing among the spam.');
	});

	test('reorder the desks of a situation by reordering its rules', () => {
		const answers = { safety: 'no', who: 'individual', what: 'harassment' };
		expect(route({ answers, now: NOW }).map((d) => d.deskId)).toEqual(['police-station', 'ihaho', 'moj-human-rights', 'sia-defamation-hotline']);
		const files = triageFiles();
		rulesOf(files, '80-people').rules.reverse();
		const tree = validateTriage(files, realDeskIds);
		// Reversed: SIA's hotline and ihaho are both advice, so ihaho waits until after the third (content/triage/order.json).
		expect(route({ answers, now: NOW }, tree).map((d) => d.deskId)).toEqual(['sia-defamation-hotline', 'moj-human-rights', 'police-station', 'ihaho']);
	});
});

describe('content/triage/README.md\'s common edits, made on a copy of the whole content/ and run through the full content check (the build\'s)', () => {
	const townDesk = {
		id: 'town-cyber-desk',
		name: { ja: '町のサイバー相談窓口', en: 'Town cyber desk' },
		organisation: { ja: '町役場', en: 'Town office' },
		category: 'business-support',
		kind: 'advice',
		audience: 'both',
		region: 'national',
		summary: { ja: '町の住民と事業者の相談窓口です。', en: 'A desk for the town’s people and businesses.' },
		handles: [{ ja: 'QRコードの被害の相談', en: 'Advice on QR code scams' }],
		doesNotHandle: [],
		contacts: [
			{
				kind: 'web',
				purpose: 'form',
				url: 'https://example.jp/town/cyber-desk.html',
				label: { ja: '相談フォーム', en: 'Form' },
				hours: { kind: 'anytime', certainty: 'confirmed' },
				certainty: 'confirmed',
				from: ['https://example.jp/town/cyber-desk.html']
			}
		],
		notes: [],
		sources: [{ title: '町のページ', url: 'https://example.jp/town/cyber-desk.html', checked: '2026-12-06' }],
		checked: '2026-12-06'
	};
	/** README "Add a desk" and "Add a situation": a desk file, its place in desk-order.json, an answer and its rules file. */
	function addDeskAndSituation(dir: string) {
		writeJson(join(dir, 'desks/town-cyber-desk.json'), townDesk);
		const order = readJson(join(dir, 'desk-order.json'));
		order.order.splice(order.order.indexOf('otasuketai'), 0, 'town-cyber-desk');
		writeJson(join(dir, 'desk-order.json'), order);
		const questions = readJson(join(dir, 'triage/questions.json'));
		questions.questions.find((q: { id: string }) => q.id === 'what').options.splice(1, 0, {
			value: 'qr-scam',
			group: 'device',
			tags: ['money'],
			label: { ja: '店に貼られたQRコードから偽のページに入った', en: 'A QR code in a shop led to a fake page' },
			describe: { ja: '店のQRコードから偽のページに入った', en: 'A QR code in a shop led me to a fake page' }
		});
		writeJson(join(dir, 'triage/questions.json'), questions);
		writeJson(join(dir, 'triage/rules/47-qr-codes.json'), {
			checked: '2026-12-06',
			rules: [
				{ id: 'qr-town', when: { what: 'qr-scam' }, desk: 'town-cyber-desk', urgency: 'days', reason: { ja: '町の窓口が相談に乗ります。', en: 'The town desk gives advice.' }, sources: [{ url: 'https://example.jp/town/cyber-desk.html' }] },
				{ id: 'qr-antiphishing', when: { what: 'qr-scam' }, desk: 'antiphishing', urgency: 'days', reason: { ja: '偽のページを届け出られます。', en: 'You can report the fake page.' }, sources: [{ facts: 'フィッシング対策協議会' }] }
			]
		});
	}
	const fails = (dir: string) => {
		try {
			readContent(dir);
		} catch (error) {
			return (error as Error).message;
		}
		return '';
	};

	test('the copy as it is passes, with every desk file listed', () => {
		withContentCopy(() => {}, (dir) => expect(readContent(dir).deskIds.length).toBe(deskIds.length));
	});

	test('a new desk and a new situation, by content alone: the desks page lists the desk in its place and the situation leads to it', () => {
		withContentCopy(addDeskAndSituation, (dir) => {
			const content = readContent(dir);
			expect(content.deskIds.length).toBe(deskIds.length + 1);
			expect(content.deskIds.indexOf('town-cyber-desk')).toBe(content.deskIds.indexOf('otasuketai') - 1);
			const answers = { safety: 'no', who: 'individual', what: 'qr-scam', moneyLost: 'no' };
			const desks = route({ answers, now: NOW, desks: content.desks }, content.triageTree);
			expect(desks.map((d) => d.deskId)).toEqual(expect.arrayContaining(['town-cyber-desk', 'antiphishing']));
			expect(desks.find((d) => d.deskId === 'town-cyber-desk')?.reasons[0]?.ja).toBe('町の窓口が相談に乗ります。');
			const what = content.triageTree.questions.find((q) => q.id === 'what')!;
			expect(what.options.map((o) => o.value)).toContain('qr-scam');
		});
	});

	test.each([
		['the rule comes without its desk file', (dir: string) => rmSync(join(dir, 'desks/town-cyber-desk.json')), 'content/triage/rules/47-qr-codes.json: rules.0.desk: no desk "town-cyber-desk"'],
		['the rule names an answer not added', (dir: string) => {
			const q = readJson(join(dir, 'triage/questions.json'));
			const what = q.questions.find((x: { id: string }) => x.id === 'what');
			what.options = what.options.filter((o: { value: string }) => o.value !== 'qr-scam');
			writeJson(join(dir, 'triage/questions.json'), q);
		}, 'content/triage/rules/47-qr-codes.json: rules.0.when.what: "qr-scam" is not an answer of what'],
		['the desk marks a fact confirmed from a seed only', (dir: string) => {
			const d = readJson(join(dir, 'desks/town-cyber-desk.json'));
			d.sources.push({ title: 'seed', seed: '004_983349b1c0ef3f5b.txt', section: '相談窓口と支援サービス', checked: '2026-12-06' });
			d.notes.push({ ja: '町の窓口です。', en: 'The town desk.', certainty: 'confirmed', from: ['004_983349b1c0ef3f5b.txt'] });
			writeJson(join(dir, 'desks/town-cyber-desk.json'), d);
		}, 'content/desks/town-cyber-desk.json: notes.0.certainty: "confirmed", but its only source is a seed'],
		['the desk cites a home page', (dir: string) => {
			const d = readJson(join(dir, 'desks/town-cyber-desk.json'));
			d.sources.push({ title: 'town', url: 'https://example.jp/', checked: '2026-12-06' });
			writeJson(join(dir, 'desks/town-cyber-desk.json'), d);
		}, 'content/desks/town-cyber-desk.json: sources.1.url: a source names the page read, not a home page']
	])('the full check refuses the edit when %s, naming the file and the field', (_name, spoil, message) => {
		withContentCopy((dir) => {
			addDeskAndSituation(dir);
			spoil(dir);
		}, (dir) => expect(fails(dir)).toContain(message));
	});
});

describe('content/first-aid/first-aid.json', () => {
	test('has steps for every way of disconnecting and keeps network devices powered', () => {
		expect(firstAid.disconnect.map((d) => d.id).sort()).toEqual(['android', 'iphone', 'lan', 'mac', 'wifi', 'windows']);
		expect(firstAid.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['disconnect', 'router', 'keep', 'no-contact', 'other-device', 'note']));
		// Seed 004: a business first tells its information manager. First aid comes before the
		// question "company or individual", so that rule comes first, labelled for companies.
		expect(firstAid.rules[0]?.id).toBe('tell');
		expect(firstAid.rules[0]?.title.ja).toMatch(/^会社・団体の方は/);
		expect(firstAid.rules[1]?.id).toBe('disconnect');
		expect(firstAid.sources.some((s) => s.seed === '004_983349b1c0ef3f5b.txt' && s.section === '相談窓口と支援サービス')).toBe(true);
	});

	test('content telling anyone to power a device off is refused', () => {
		const bad = structuredClone(firstAidRaw) as { rules: { body: { ja: string } }[] };
		bad.rules[0]!.body.ja = 'まずパソコンの電源を切ってください。';
		expect(FirstAid.safeParse(bad).success).toBe(false);
	});
});
