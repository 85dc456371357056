import { describe, expect, it } from 'vitest';
import { getDesk, type Desk } from '$lib/content/desks';
import { ppcDraft, summaryWording } from '$lib/content/documents';
import type { Contact, Hours } from '$lib/content/schema';

/*
 * Issue 23 ("Facts, round three"): every value the audit found wrong, asserted as it should be.
 * Each test fails on the content as it was before the fix (2026-12-06). Sources: ../shared/FACTS.md
 * "Checked again on 2026-12-06", and each desk's own sources.
 */

const phone = (desk: Desk) => desk.contacts.find((c): c is Extract<Contact, { kind: 'phone' }> => c.kind === 'phone')!;
const weekly = (desk: Desk) => phone(desk).hours as Extract<Hours, { kind: 'weekly' }>;
const web = (desk: Desk) => desk.contacts.flatMap((c) => (c.kind === 'web' ? [c] : []));
const notes = (desk: Desk) => desk.notes.map((n) => n.ja).join('\n');
const sourceUrls = (desk: Desk) => desk.sources.flatMap((s) => (s.url ? [s.url] : []));

describe('police desks over 年末年始', () => {
	it.each(['police-9110', 'police-tokyo-cyber'])('%s: a likely closure 12/29–1/3, from a police page that gives those dates', (id) => {
		const desk = getDesk(id);
		expect(weekly(desk).likelyClosure).toMatchObject({ from: '12-29', to: '01-03' });
		expect(weekly(desk).closedOnHolidays).toBe(true);
		expect(sourceUrls(desk)).toContain('https://www.pref.hiroshima.lg.jp/site/police3/cyber-jyoho-soudan.html');
		expect(desk.checked).toBe('2026-12-06');
	});

	it('#9110 says where a call goes after hours: the officer on duty or a recording', () => {
		const desk = getDesk('police-9110');
		expect(weekly(desk).note?.ja).toContain('当直');
		expect(weekly(desk).note?.ja).toContain('音声案内');
	});
});

describe('where the PPC report goes', () => {
	const whereTo = /マイナンバー[\s\S]*権限委任|権限委任[\s\S]*マイナンバー/;

	it('the desk: start from the PPC page; 権限委任 industries report to their ministry; マイナンバー has its own form', () => {
		const desk = getDesk('ppc-leak-report');
		expect(notes(desk)).not.toContain('報告はこのページからオンラインのフォームで行います。');
		const where = desk.notes.find((n) => n.ja.includes('問1'))!;
		expect(where.ja).toMatch(whereTo);
		expect(where.ja).toContain('事業所管大臣');
		expect(where.from).toContain('https://www.ppc.go.jp/personalinfo/legal/leakAction/');
	});

	it('the PPC draft and the summary say the same', () => {
		expect(ppcDraft.intro.ja).toMatch(whereTo);
		expect(ppcDraft.intro.ja).not.toContain('ウェブサイトの報告フォームから出します');
		expect(summaryWording.ppcReminder.ja).toMatch(whereTo);
		expect(summaryWording.ppcReminder.ja).not.toContain('同委員会のウェブサイトの報告フォームから行います');
		expect(ppcDraft.intro.en).toContain('My Number');
		expect(summaryWording.ppcReminder.en).toContain('delegated ministry');
	});

	it('public bodies (行政機関等) report from over 100 people, not 1,000', () => {
		const four = getDesk('ppc-leak-report').handles[0]!;
		expect(four.ja).toContain('1,000人を超える');
		expect(four.ja).toContain('100人を超える');
		expect(four.en).toContain('more than 100 for public bodies');
	});
});

describe('PPC: encryption, the deadlines, the pending amendment', () => {
	it('encryption exempts only with the current standard and a key kept apart that did not leak', () => {
		const desk = getDesk('ppc-leak-report');
		const note = desk.notes[0]!;
		expect(note.ja).toContain('報告も本人への通知も必要ありません');
		expect(note.ja).toContain('今の水準の暗号化');
		expect(note.ja).toContain('鍵がデータとは別に管理され');
		expect(note.ja).toContain('鍵は漏えいしていない場合に限り');
		expect(note.from).toContain('https://www.ppc.go.jp/all_faq_index/faq5-q17-14/');
		expect(sourceUrls(desk)).not.toContain('https://www.businesslawyers.jp/');
	});

	it('a notice that cannot be given can be replaced, as 法26条2項ただし書 says', () => {
		expect(getDesk('ppc-leak-report').notes[0]!.ja).toContain('第26条第2項ただし書');
	});

	it('the pending amendment is a dated note: passed 2026-07-10, no start date as of 2026-10-09, today\'s rules apply', () => {
		const pending = getDesk('ppc-leak-report').notes.find((n) => n.ja.startsWith('改正の予定'))!;
		expect(pending.ja).toContain('2026年12月6日確認');
		expect(pending.ja).toContain('2026年7月10日に成立');
		expect(pending.ja).toContain('2026年10月9日の時点で施行日は決まっていません');
		expect(pending.ja).toContain('今のルールが適用されます');
		expect(pending.certainty).toBe('quoted');
	});
});

describe('J-CRAT in the summary is older guidance', () => {
	it('the summary text and its reminder say so, as jcrat-forward.json does', () => {
		expect(summaryWording.jcratText.ja).toContain('以前の J-CRAT の案内');
		expect(summaryWording.jcratReminder.ja).toContain('以前の J-CRAT の案内');
		expect(summaryWording.jcratReminder.ja).toContain('IPA の J-CRAT のページで確かめて');
		expect(summaryWording.jcratReminder.ja).not.toMatch(/^不審なメールは転送しないでください/);
		expect(summaryWording.jcratText.en).toContain("J-CRAT's earlier guidance");
	});
});

describe('not more certain than the sources', () => {
	it('警視庁: changes[0] no longer calls 03-5805-1731 current, and says it was not read on 警視庁\'s page', () => {
		const [change] = getDesk('police-tokyo-cyber').changes!;
		expect(change!.ja).not.toContain('現在の番号は');
		expect(change!.ja).toContain('03-5805-1731');
		expect(change!.ja).toContain('警視庁のページでは確かめていません');
		expect(phone(getDesk('police-tokyo-cyber')).certainty).toBe('quoted');
	});

	it('お助け隊: the otasuketai-pr page and the count of 58 come from the seeds only, and the count is dated', () => {
		const desk = getDesk('otasuketai');
		const pr = web(desk).find((c) => c.url === 'https://www.ipa.go.jp/security/otasuketai-pr/')!;
		expect(pr.certainty).toBe('seed');
		expect(pr.hours.certainty).toBe('seed');
		const count = desk.notes.find((n) => n.ja.includes('58'))!;
		expect(count.certainty).toBe('seed');
		expect(count.ja).toContain('2025年2月時点');
	});

	it('Tokyo SME desk: the 2021 floor is left out, and the note says why', () => {
		const text = notes(getDesk('tokyo-sme-cyber'));
		expect(text).not.toMatch(/\d+階/);
		expect(text).toContain('後のページでは違っているため、ここには載せていません');
	});
});

describe('pages and hours the sources give', () => {
	it('MHLW: the dedicated contact page, without the number stored under an older office name', () => {
		const desk = getDesk('mhlw-medical');
		expect(web(desk).map((c) => c.url)).toEqual([
			'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/johoka/cyber-security.html'
		]);
		expect(JSON.stringify(desk)).not.toContain('3595-2430');
	});

	it('MOJ: 平日 8:30–17:15 read on its own page, and its インターネット人権相談', () => {
		const desk = getDesk('moj-human-rights');
		const line = phone(desk);
		expect(line).toMatchObject({ number: '0570-003-110', certainty: 'confirmed' });
		expect(line.hours).toMatchObject({
			kind: 'weekly',
			sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:15' }],
			closedOnHolidays: true,
			certainty: 'confirmed'
		});
		expect(line.from).toEqual(['https://www.moj.go.jp/JINKEN/jinken20.html']);
		expect(web(desk).map((c) => c.url)).toContain('https://www.moj.go.jp/JINKEN/jinken113.html');
	});

	it.each([
		['police-9110', 'https://www.npa.go.jp/'],
		['consumer-hotline', 'https://www.gov-online.go.jp/'],
		['houterasu', 'https://www.houterasu.or.jp/']
	])('%s names the page read, not %s', (id, home) => {
		const urls = sourceUrls(getDesk(id));
		expect(urls).not.toContain(home);
		expect(urls.length).toBeGreaterThan(0);
	});

	it('188: the Consumer Affairs Agency page that gives 12/29–1/3', () => {
		const desk = getDesk('consumer-hotline');
		expect(sourceUrls(desk)).toContain('https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/');
		expect(phone(desk).hours).toMatchObject({ kind: 'unknown', certainty: 'confirmed' });
	});
});

describe('the missing desk: SIA 誹謗中傷ホットライン', () => {
	it('is a web desk for defamation, with no phone number the source does not give', () => {
		const desk = getDesk('sia-defamation-hotline');
		expect(desk.category).toBe('harmful-content');
		expect(web(desk).map((c) => c.url)).toEqual(['https://www.saferinternet.or.jp/bullying/']);
		expect(desk.contacts.filter((c) => c.kind === 'phone')).toEqual([]);
		expect(desk.summary.ja).toContain('誹謗中傷');
		expect(sourceUrls(desk)).toContain('https://www.saferinternet.or.jp/bullying/');
	});
});
