import { describe, expect, it } from 'vitest';
import { jcratForward, policeSheet, ppcDraft } from '$lib/content/documents';
import { parseDocument, PPC_ITEM_IDS, PpcDraft } from '$lib/content/validate-documents';
import { noticeText, policeSheetSections, ppcFields } from '$lib/incident/documents';
import { NOW, ransomCase } from '../../fixtures/incidents';
import ppcRaw from '../../../content/documents/ppc-draft.json';

function withEverything() {
	const incident = ransomCase();
	incident.sender = { name: '山田花子', organisation: '山田商店', phone: '090-0000-0000', email: 'hanako@example.jp' };
	incident.timeline.push({
		id: 't9',
		at: '2026-03-02T00:35:00.000Z',
		text: '身代金の画面',
		kind: 'seen',
		evidence: { id: 'e1', name: 'ransom.png', type: 'image/png', size: 2_000_000, sha256: 'cd'.repeat(32) }
	});
	return incident;
}

const text = (sections: ReturnType<typeof policeSheetSections>) =>
	sections.map((s) => [s.heading, ...s.rows.map((r) => `${r.label ?? ''} ${r.value}`)].join('\n')).join('\n');

describe('the 被害届 preparation sheet', () => {
	it('carries the reporter, when, what, damage, timeline, evidence with hashes and the desks with reference numbers', () => {
		const sections = policeSheetSections(withEverything(), policeSheet, { locale: 'ja', deskName: (id) => (id === 'ipa-anshin' ? 'IPA 安心相談窓口' : id) });
		expect(sections.map((s) => s.id)).toEqual(['reporter', 'when', 'what', 'damage', 'timeline', 'evidence', 'desks']);
		const all = text(sections);
		for (const want of ['山田花子', '山田商店', '090-0000-0000', '2026年3月2日（月）09:30', '朝、画面に身代金を要求する英語のメッセージが出た', '.locked', 'LANケーブルを抜いた', 'ransom.png', 'cd'.repeat(32), 'IPA 安心相談窓口', '受付番号: A-123']) {
			expect(all).toContain(want);
		}
		// Money, data and the place are written by hand at the station.
		const damage = sections.find((s) => s.id === 'damage')!;
		expect(damage.rows.filter((r) => r.handwrite).map((r) => r.label)).toEqual([
			'お金の被害（いつ・いくら・どこへ）',
			'データの被害（消えた・盗まれた・暗号化された）',
			'機器の被害（使えない・乗っ取られた）'
		]);
	});

	it('says plainly that it is not the official form and that the station writes the report', () => {
		expect(policeSheet.notice.ja).toContain('正式な被害届の様式ではありません');
		expect(policeSheet.notice.ja).toContain('警察署で');
		expect(policeSheet.notice.en).toContain('not the official damage report form');
	});

	it('marks what is missing instead of leaving it out', () => {
		const incident = ransomCase();
		incident.sender = undefined;
		const reporter = policeSheetSections(incident, policeSheet, { locale: 'en' })[0]!;
		expect(reporter.rows.find((r) => r.label === 'Name')?.value).toBe('(not filled in)');
	});
});

describe('the PPC 速報 draft', () => {
	it('has the nine items of 施行規則 第8条第1項 in order, filled where known', () => {
		const fields = ppcFields(withEverything(), ppcDraft, { reportCase: 'over1000', unlawful: true }, { locale: 'ja' });
		expect(fields.map((f) => f.id)).toEqual([...PPC_ITEM_IDS]);
		expect(fields.map((f) => f.label)).toEqual(ppcDraft.items.map((item) => item.label.ja));
		expect(fields.map((f) => f.hint)).toEqual(ppcDraft.items.map((item) => item.hint.ja));
		fields.forEach((f, i) => expect(f.label.startsWith(`${i + 1}. `), f.label).toBe(true));
		const v = Object.fromEntries(fields.map((f) => [f.id, f.value]));
		expect(v.outline).toContain('2026年3月2日（月）09:30に気づきました。');
		expect(v.outline).toContain('身代金を要求する');
		expect(v.count).toContain('1,000人を超えます');
		expect(v.cause).toContain('不正アクセスなど');
		expect(v.cause).toContain('.locked');
		expect(v.dataItems).toBe('');
		expect(v.other).toContain('A-123');
	});

	it('fills the 本人通知 template with what is known and leaves the rest to fill in', () => {
		const incident = withEverything();
		const fields = ppcFields(incident, ppcDraft, { reportCase: 'sensitive' }, { locale: 'ja' });
		const notice = noticeText(incident, ppcDraft, fields, 'ja');
		expect(notice).toContain('山田商店からのお知らせとお詫び');
		expect(notice).toContain('要配慮個人情報を含みます。');
		expect(notice).toContain('（記入してください）');
		expect(notice).toContain('hanako@example.jp');
		expect(notice).not.toMatch(/\{\w+\}/);
	});

	it('refuses content whose items are not the nine, naming the file and field', () => {
		const broken = structuredClone(ppcRaw) as { items: unknown[] };
		broken.items = broken.items.slice(0, 8);
		expect(() => parseDocument(PpcDraft, 'content/documents/ppc-draft.json', broken)).toThrow(/content\/documents\/ppc-draft\.json: items: exactly nine items/);
		expect(() => parseDocument(PpcDraft, 'content/documents/ppc-draft.json', broken)).toThrow(/content\/documents\/ppc-draft\.json: items: the nine items, in order/);
		const ten = structuredClone(ppcRaw) as { items: unknown[] };
		ten.items.push(ten.items[8]);
		expect(() => parseDocument(PpcDraft, 'content/documents/ppc-draft.json', ten)).toThrow(/content\/documents\/ppc-draft\.json: items: exactly nine items/);
	});

	it('refuses an item label without its number, naming the item and language', () => {
		const broken = structuredClone(ppcRaw) as { items: { label: { ja: string; en: string } }[] };
		broken.items[3]!.label.en = 'The cause';
		expect(() => parseDocument(PpcDraft, 'content/documents/ppc-draft.json', broken)).toThrow(/content\/documents\/ppc-draft\.json: items\.3\.label\.en: must start with its number, "4\. "/);
		expect(() => parseDocument(PpcDraft, 'content/documents/ppc-draft.json', ppcRaw)).not.toThrow();
	});
});

describe('the J-CRAT forwarding help', () => {
	it('covers Outlook, Gmail and iPhone Mail and is marked as older guidance', () => {
		expect(jcratForward.clients.map((c) => c.id)).toEqual(['outlook', 'gmail', 'iphone']);
		expect(jcratForward.older.ja).toContain('古い案内');
		expect(jcratForward.sources.some((s) => s.url === 'https://www.ipa.go.jp/security/j-crat/about.html')).toBe(true);
	});
});

