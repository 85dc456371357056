import { showBidi } from '$lib/content/bidi';
import { describe, expect, it } from 'vitest';
import { renderSummary, deskKind } from '$lib/incident/summary';
import { newIncident } from '$lib/incident/schema';
import { ppcFields } from '$lib/incident/documents';
import { ppcDraft, summaryWording } from '$lib/content/documents';
import { NOW, ransomCase } from '../../fixtures/incidents';

const names: Record<string, string> = { 'ipa-anshin': 'IPA 情報セキュリティ安心相談窓口', 'ipa-jcrat': 'J-CRAT' };
const deskName = (id: string) => names[id];

describe('renderSummary in Japanese', () => {
	const { subject, body } = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskName });

	it('gives the discovery time in Japan time, in the subject and the body', () => {
		expect(subject).toContain('2026年3月2日（月）09:30');
		expect(body).toContain('発見日時（日本時間）: 2026年3月2日（月）09:30');
	});

	it('puts the sections in the order a desk reads them', () => {
		const order = [
			'■ 何が起きたか・いつ気づいたか',
			'■ 対象の端末',
			'■ これまでに行った対応',
			'■ ウイルスまたは不正アクセスと判断した根拠',
			'■ 他に相談した窓口・機関'
		].map((h) => body.indexOf(h));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('lists the devices with their labels', () => {
		expect(body).toContain('端末の種類: ノートパソコン');
		expect(body).toContain('OS: Windows 11');
		expect(body).toContain('セキュリティソフト: Microsoft Defender');
		expect(body).toContain('利用しているクラウドサービス: Google ドライブ');
	});

	it('lists what was done in time order, isolation first, and only done entries there', () => {
		const section = body.slice(body.indexOf('■ これまでに行った対応'), body.indexOf('■ ウイルス'));
		expect(section.indexOf('10:42 LANケーブルを抜いた')).toBeGreaterThan(0);
		expect(section.indexOf('10:42 LANケーブルを抜いた')).toBeLessThan(section.indexOf('10:50 社内に連絡した'));
		expect(section).not.toContain('身代金要求の画面を見た');
	});

	it('keeps what was seen and what followed under what happened, in time order', () => {
		const section = body.slice(0, body.indexOf('■ 対象の端末'));
		expect(section.indexOf('09:30 [見たこと] 身代金要求の画面を見た')).toBeGreaterThan(0);
		expect(section.indexOf('09:30 [見たこと]')).toBeLessThan(section.indexOf('10:10 [その後] 共有フォルダも開けなくなった'));
	});

	it('names the contacts made with reference and outcome', () => {
		expect(body).toContain('取引先のIT担当');
		expect(body).toContain('11:00 IPA 情報セキュリティ安心相談窓口 (受付番号: A-123 / 結果: 警察への相談を勧められた)');
	});

	it('leaves out the sender section when nothing is given, and shows what is given', () => {
		expect(body).not.toContain('■ 連絡先');
		const withSender = renderSummary(ransomCase(), {
			locale: 'ja',
			now: NOW,
			sender: { name: '山田 花子', phone: '090-0000-0000', organisation: '  ' }
		}).body;
		expect(withSender).toContain('■ 連絡先\n氏名: 山田 花子\n電話: 090-0000-0000');
		expect(withSender).not.toContain('所属');
	});

	it('marks empty answers as not filled in instead of dropping them', () => {
		const empty = renderSummary(newIncident('e', NOW), { locale: 'ja', now: NOW }).body;
		expect(empty).toContain('端末の種類: （未記入）');
		expect(empty).toContain('発見日時（日本時間）: （未記入）');
		expect(empty).toMatch(/■ これまでに行った対応\n（記録なし）/);
	});
});

describe('renderSummary in English', () => {
	it('uses English labels and the same facts', () => {
		const { subject, body } = renderSummary(ransomCase(), { locale: 'en', now: NOW });
		expect(subject).toBe('Suspected cyber attack: request for advice (noticed Mon 2 March 2026, 09:30)');
		expect(body).toContain('Noticed at (Japan time): Mon 2 March 2026, 09:30');
		expect(body).toContain('Operating system: Windows 11');
		expect(body).toContain('■ What has been done so far\n- Mon 2 March 2026, 10:42 LANケーブルを抜いた');
		expect(body).not.toContain('端末の種類');
	});
});

describe('adapted per desk', () => {
	it('asks J-CRAT for the whole email as .eml/.msg, not a forward', () => {
		const s = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskId: 'ipa-jcrat', deskName });
		expect(s.body.startsWith('J-CRAT ご担当者様')).toBe(true);
		expect(s.body).toContain('.eml または .msg');
		expect(s.body).toContain('ヘッダを含む');
		expect(s.reminders.join()).toMatch(/転送しないで/);
		const other = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskId: 'ipa-anshin' });
		expect(other.body).not.toContain('.eml');
		expect(other.reminders).toEqual([]);
	});

	it('gives PPC the leak-report items as headings to fill', () => {
		const s = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskId: 'ppc-leak-report' });
		// The nine items of 個人情報保護法施行規則 第8条第1項, from their one home (ppc-draft.json), in order,
		// numbered, each followed by the line to fill in
		const items = ppcDraft.items.map((item) => `\n${item.label.ja}\n${ppcDraft.fillIn.ja}\n`);
		expect(items).toHaveLength(9);
		const at = items.map((item) => s.body.indexOf(item));
		expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(s.body).toContain('1. 概要');
		expect(s.body).toContain('要配慮個人情報を含むか：含む／含まない／不明');
		expect(s.body).toContain('本人への対応の実施状況（通知など）');
		expect(s.subject).toContain('漏えい');
		const en = renderSummary(ransomCase(), { locale: 'en', now: NOW, deskId: 'ppc-leak-report' });
		for (const item of ppcDraft.items) expect(en.body).toContain(`\n${item.label.en}\n(to be filled in)\n`);
		expect(en.body).toContain('3. How many people the data concerns');
		const other = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskId: 'ipa-anshin' });
		expect(other.body).not.toContain(ppcDraft.items[1]!.label.ja);
	});

	it('tells the police whether this is a damage report or a consultation', () => {
		const ask = renderSummary(ransomCase(), { locale: 'ja', now: NOW, deskId: 'police-station' });
		expect(ask.body).toContain('□ 被害届の提出を希望');
		const report = renderSummary(ransomCase(), {
			locale: 'ja',
			now: NOW,
			deskId: 'police-prefectural-cyber',
			policeRequest: 'damage-report'
		});
		expect(report.body).toContain('被害届の提出を希望します');
		expect(report.subject).toContain('被害届');
		const consult = renderSummary(ransomCase(), { locale: 'en', now: NOW, deskId: 'police-npa-online', policeRequest: 'consultation' });
		expect(consult.body).toContain('This is a consultation, not a damage report');
	});

	it('classifies desks', () => {
		expect(deskKind('police-9110')).toBe('police');
		expect(deskKind('ipa-jcrat')).toBe('jcrat');
		expect(deskKind('ppc-dial')).toBe('other');
		expect(deskKind(undefined)).toBe('other');
	});
});

describe('the PPC’s nine items', () => {
	/** The item lines of the summary's PPC section: from its heading to the next blank line, without the fill-in lines. */
	function summaryItems(locale: 'ja' | 'en') {
		const lines = renderSummary(ransomCase(), { locale, now: NOW, deskId: 'ppc-leak-report' }).body.split('\n');
		const start = lines.indexOf(`■ ${summaryWording.ppc[locale]}`);
		expect(start).toBeGreaterThan(0);
		const end = lines.indexOf('', start);
		return lines.slice(start + 1, end).filter((line) => line !== ppcDraft.fillIn[locale]);
	}

	it('are the same items, in the same words and order, in the summary for the PPC and in the PPC draft', () => {
		for (const locale of ['ja', 'en'] as const) {
			const inDraft = ppcFields(ransomCase(), ppcDraft, {}, { locale }).map((f) => f.label);
			expect(inDraft).toHaveLength(9);
			expect(summaryItems(locale)).toEqual(inDraft);
		}
	});
});

describe('hostile input', () => {
	const hostile = [
		'<script>alert("x")</script>',
		'<img src=x onerror=alert(1)>',
		'\u202Etxt.exe',
		'🔥💻🙏',
		'&amp; &lt;b&gt;'
	];

	it('keeps markup and emoji exactly as typed; an RTL override shows as a marker, in the order typed', () => {
		const incident = ransomCase();
		incident.details.whatHappened = hostile.join('\n');
		incident.details.os = hostile[2]!;
		incident.timeline.push({ id: 'h', at: '2026-03-02T02:30:00.000Z', text: hostile[0]!, kind: 'done' });
		const { body } = renderSummary(incident, { locale: 'ja', now: NOW, sender: { name: hostile[3] } });
		for (const h of hostile) expect(body).toContain(showBidi(h));
		expect(body).toContain('[U+202E]txt.exe');
		expect(body).not.toContain('\u202E');
		expect(body).toContain(`OS: [U+202E]txt.exe\n`);
		expect(body).toContain(`- 2026年3月2日（月）11:30 ${hostile[0]}`);
	});

	it('keeps a 100 KB paste in every field whole, with every section after it', () => {
		const incident = ransomCase();
		const paste = (tag: string) => `${tag}:` + 'あいう<b>\u202E😀'.repeat(12_000) + `:end-${tag}`;
		for (const key of Object.keys(incident.details) as (keyof typeof incident.details)[]) {
			incident.details[key] = paste(key);
		}
		const { body } = renderSummary(incident, { locale: 'en', now: NOW, deskId: 'ppc-leak-report' });
		for (const key of Object.keys(incident.details)) expect(body).toContain(showBidi(paste(key)));
		expect(body.length).toBeGreaterThan(7 * 100_000);
		expect(body).toContain('9. Anything else that may help');
		expect(body).toContain('(Prepared with Shodo Navi on Mon 2 March 2026, 12:00, Japan time)');
	});
});

describe('photos and files in the summary', () => {
	const hash = 'ab'.repeat(32);
	function withPhoto() {
		const incident = ransomCase();
		incident.timeline.push({
			id: 't9',
			at: '2026-03-02T00:35:00.000Z',
			text: '身代金の画面',
			kind: 'seen',
			evidence: { id: 'e1', name: 'ransom.png', type: 'image/png', size: 1_234_567, sha256: hash }
		});
		return incident;
	}

	it('lists each file with its time, size and SHA-256, and offers to send them', () => {
		const { body } = renderSummary(withPhoto(), { locale: 'ja', now: NOW });
		expect(body).toContain('■ 写真・ファイル（この端末に保存しています。ご要望があればお送りします）');
		expect(body).toContain('- 2026年3月2日（月）09:35 ransom.png (1.2 MB)');
		expect(body).toContain(`  SHA-256: ${hash}`);
		const en = renderSummary(withPhoto(), { locale: 'en', now: NOW }).body;
		expect(en).toContain('I can send them on request');
	});

	it('says nothing of files when there are none', () => {
		expect(renderSummary(ransomCase(), { locale: 'ja', now: NOW }).body).not.toContain('SHA-256');
	});
});

describe('addressed to one of our own contacts', () => {
	it('greets the provider by its name in ja and en, not 「お助け隊サービスの契約先（…）」', async () => {
		const { ownDesk } = await import('$lib/profile/own-desks');
		const { profileWith, OTASUKETAI } = await import('../../fixtures/profiles');
		const desk = ownDesk(profileWith('organisation', { otasuketai: OTASUKETAI }), 'otasuketai')!;
		const options = { now: NOW, deskId: desk.id as never, deskName: () => desk.name.ja };
		expect(renderSummary(ransomCase(), { ...options, locale: 'ja', addressee: desk.organisation.ja }).body.split('\n')[0]).toBe('まもるくんサポート ご担当者様');
		expect(renderSummary(ransomCase(), { ...options, locale: 'en', addressee: desk.organisation.en }).body.split('\n')[0]).toBe('To the まもるくんサポート');
		// No name typed: what the contact is, still without "our".
		const unnamed = ownDesk(profileWith('organisation', { otasuketai: { urgentPhone: '0120-000-111' } }), 'otasuketai')!;
		expect(renderSummary(ransomCase(), { ...options, locale: 'ja', addressee: unnamed.organisation.ja }).body.split('\n')[0]).toBe('お助け隊サービス ご担当者様');
		expect(renderSummary(ransomCase(), { ...options, locale: 'en', addressee: unnamed.organisation.en }).body.split('\n')[0]).toBe('To the Otasuketai service provider');
	});
});
