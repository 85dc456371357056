import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '$lib/content/content.server';
import { readyMessages, recoverySteps } from '$lib/triage/recovery';
import { triageTree } from '$lib/content/triage';
import { withContentCopy, writeJson } from '../../fixtures/content-copy';
import { NEXT_SCAM_FILE, validateRecovery, type RecoveryFiles } from '$lib/content/validate-recovery';

/** The real content/recovery and content/messages files, as the build reads them, to mutate one field at a time. */
function realFiles(): RecoveryFiles {
	const read = (sub: string, except?: string) =>
		Object.fromEntries(
			readdirSync(join('content', sub))
				.filter((f) => f.endsWith('.json') && f !== except)
				.map((f) => [`/content/${sub}/${f}`, JSON.parse(readFileSync(join('content', sub, f), 'utf8'))])
		);
	return {
		sets: read('recovery', NEXT_SCAM_FILE),
		nextScam: [`/content/recovery/${NEXT_SCAM_FILE}`, JSON.parse(readFileSync(join('content/recovery', NEXT_SCAM_FILE), 'utf8'))],
		messages: read('messages')
	};
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SET = '/content/recovery/account-takeover.json';
const MESSAGE = '/content/messages/account-friends.json';

function problems(mutate: (files: RecoveryFiles) => void): string {
	const files = realFiles();
	mutate(files);
	try {
		validateRecovery(files, triageTree.questions);
	} catch (error) {
		return (error as Error).message;
	}
	return '';
}

describe('the recovery content is checked, naming the file and the field', () => {
	test('the real content is valid', () => {
		expect(problems(() => {})).toBe('');
	});

	test('a step without a source fails', () => {
		const without = problems((f) => delete (f.sets[SET] as Raw).steps[1].sources);
		expect(without).toContain('content/recovery/account-takeover.json: steps.1.sources:');
		const empty = problems((f) => ((f.sets[SET] as Raw).steps[0].sources = []));
		expect(empty).toContain('content/recovery/account-takeover.json: steps.0.sources: every step needs at least one source');
	});

	test('a step without its checked date or certainty fails', () => {
		expect(problems((f) => ((f.sets[SET] as Raw).steps[0].checked = '6 Dec'))).toContain('account-takeover.json: steps.0.checked:');
		expect(problems((f) => ((f.sets[SET] as Raw).steps[0].certainty = 'sure'))).toContain('account-takeover.json: steps.0.certainty:');
	});

	test('an unknown answer or question in a condition fails, as in the rules', () => {
		expect(problems((f) => ((f.sets[SET] as Raw).when = { what: 'account-hijack' }))).toContain(
			'content/recovery/account-takeover.json: when.what: "account-hijack" is not an answer of what'
		);
		expect(problems((f) => ((f.sets[SET] as Raw).steps[0].when = { situation: 'x' }))).toContain(
			'content/recovery/account-takeover.json: steps.0.when.situation: "situation" is not a question id'
		);
		expect(problems((f) => ((f.messages[MESSAGE] as Raw).when = { tag: 'no-such-tag' }))).toContain(
			'content/messages/account-friends.json: when.tag: no answer carries the tag "no-such-tag"'
		);
	});

	test('a bad URL fails: not a URL, or not https', () => {
		const link = (url: string) => problems((f) => ((f.sets[SET] as Raw).steps[0].links = [{ url, label: { ja: 'ページ', en: 'Page' } }]));
		expect(link('help.line.me')).toContain('content/recovery/account-takeover.json: steps.0.links.0.url: must be an https URL');
		expect(link('http://example.jp/')).toContain('steps.0.links.0.url: must be an https URL');
		expect(link('https://example.jp/help')).toBe('');
		const source = problems((f) => ((f.sets[SET] as Raw).steps[0].sources = [{ url: 'http://example.jp/' }]));
		expect(source).toContain('account-takeover.json: steps.0.sources.0');
	});

	test('a set named unlike its file, or a step id used twice, fails', () => {
		expect(problems((f) => ((f.sets[SET] as Raw).id = 'hijack'))).toContain('account-takeover.json: id: "hijack" must be the file\'s name');
		expect(problems((f) => ((f.sets[SET] as Raw).steps[1].id = (f.sets[SET] as Raw).steps[0].id))).toContain('steps.1.id:');
	});

	test('advice to turn a device off is refused', () => {
		expect(problems((f) => ((f.sets[SET] as Raw).steps[0].text.ja = 'すぐに電源を切ってください。'))).toContain(
			'account-takeover.json: steps.0.text: advice must never say to turn a device off'
		);
	});

	test("a message's slots are declared and used in both languages", () => {
		expect(problems((f) => ((f.messages[MESSAGE] as Raw).body.en += ' {phone}'))).toContain(
			'content/messages/account-friends.json: body.en: {phone} is not one of the message\'s slots'
		);
		expect(problems((f) => ((f.messages[MESSAGE] as Raw).slots.phone = { ja: '電話番号', en: 'phone' }))).toContain(
			'content/messages/account-friends.json: slots.phone: used in neither language'
		);
		expect(problems((f) => ((f.messages[MESSAGE] as Raw).document = 'leaflet'))).toContain('account-friends.json: document:');
		expect(problems((f) => delete (f.messages[MESSAGE] as Raw).sources)).toContain('account-friends.json: sources:');
	});

	test('the next-scam warning needs its sources', () => {
		expect(problems((f) => delete (f.nextScam[1] as Raw).sources)).toContain('content/recovery/next-scam.json: sources:');
	});
});

describe('how sure a step is follows from what it was read on', () => {
	test('a confirmed step whose only sources are a seed or FACTS.md rows fails', () => {
		const message = problems((f) => {
			const step = (f.sets['/content/recovery/malicious-app.json'] as Raw).steps[0];
			step.certainty = 'confirmed';
		});
		expect(message).toContain('content/recovery/malicious-app.json: steps.0.certainty: "confirmed" needs a page it was read on');
	});
});

describe('a recovery set and a message are added by content alone (content/recovery/README.md)', () => {
	const qrSet = {
		id: 'qr-scam',
		when: { what: 'qr-scam' },
		title: { ja: 'QRコードの被害', en: 'A QR code scam' },
		steps: [
			{
				id: 'tell-shop',
				text: { ja: '店に知らせます。', en: 'Tell the shop.' },
				sources: [{ url: 'https://example.jp/qr.html' }],
				checked: '2026-12-06',
				certainty: 'quoted'
			}
		]
	};
	const qrMessage = {
		id: 'qr-shop',
		when: { what: 'qr-scam' },
		title: { ja: '店に知らせる', en: 'Tell the shop' },
		audience: { ja: '店へ', en: 'To the shop' },
		body: { ja: '{shop}のQRコードが差し替えられています。', en: 'The QR code at {shop} has been replaced.' },
		slots: { shop: { ja: '店の名前', en: 'the shop' } },
		sources: [{ url: 'https://example.jp/qr.html' }],
		checked: '2026-12-06',
		certainty: 'quoted'
	};
	const fails = (dir: string) => {
		try {
			readContent(dir);
		} catch (error) {
			return (error as Error).message;
		}
		return '';
	};

	test('a set for an answer that does not exist fails the build, naming the file and the field', () => {
		withContentCopy(
			(dir) => writeJson(join(dir, 'recovery/qr-scam.json'), qrSet),
			(dir) => expect(fails(dir)).toContain('content/recovery/qr-scam.json: when.what: "qr-scam" is not an answer of what')
		);
	});

	test('with the answer added, the set and the message apply to it', () => {
		withContentCopy(
			(dir) => {
				const questions = JSON.parse(readFileSync(join(dir, 'triage/questions.json'), 'utf8'));
				questions.questions.find((q: { id: string }) => q.id === 'what').options.push({
					value: 'qr-scam',
					group: 'money',
					label: { ja: '店のQRコードから偽のページに入った', en: 'A QR code in a shop led to a fake page' }
				});
				writeJson(join(dir, 'triage/questions.json'), questions);
				writeJson(join(dir, 'recovery/qr-scam.json'), qrSet);
				writeJson(join(dir, 'messages/qr-shop.json'), qrMessage);
			},
			(dir) => {
				const content = readContent(dir);
				const answers = { safety: 'no', who: 'individual', what: 'qr-scam' };
				expect(recoverySteps(answers, content.triageTree, content.recovery.sets).map((s) => s.id)).toEqual(['qr-scam/tell-shop']);
				const [message] = readyMessages(answers, content.triageTree, content.recovery.messages);
				expect(message).toMatchObject({ id: 'qr-shop', slots: ['shop'] });
			}
		);
	});
});
