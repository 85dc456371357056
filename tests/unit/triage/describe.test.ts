import { describe, expect, test } from 'vitest';
import { renderSummary } from '$lib/incident/summary';
import { newIncident } from '$lib/incident/schema';
import { summarizeTriage } from '$lib/triage/describe';

const NOW = new Date('2026-06-15T03:00:00Z');

describe('summarizeTriage: what the triage learned, in words for the desks', () => {
	const leak = { safety: 'no', who: 'organisation', what: 'data-leak', leakCause: 'attack', orgSupport: 'no', policeReport: 'yes' };

	test('who is affected (with the size), what happened, and the answers that matter, in the order asked', () => {
		const s = summarizeTriage(leak, 'ja', { discoveredAt: '2026-06-01T01:00:00Z', now: NOW });
		expect(s.lines).toEqual([
			{ label: '被害に遭ったのは', value: '会社・団体・個人事業（従業員300人以下）' },
			{ label: '起きたこと', value: '個人情報が漏えいした、または漏えいしたおそれがある' },
			{ label: '漏れた原因', value: '不正アクセスなどの攻撃' },
			{ label: 'お助け隊サービスの契約', value: '契約していない' },
			{ label: '警察への被害届', value: '出したい' }
		]);
		expect(s.situation).toBe('個人情報が漏えいした、または漏えいしたおそれがある');
		expect(s.policeRequest).toBe('damage-report');
		expect(s.ppc).toEqual({ required: true, deadlines: { learnedOn: '2026-06-01', preliminaryBy: '2026-06-05', finalBy: '2026-07-30', finalDays: 60 } });
	});

	test('a consultation only, the sector, money and personal data answers, in English', () => {
		const s = summarizeTriage(
			{ safety: 'no', who: 'medical', what: 'malware', orgSupport: 'unknown', personalData: 'unknown' },
			'en',
			{ now: NOW }
		);
		expect(s.lines.map((l) => l.label)).toEqual(['Who is affected', 'What happened', 'Otasuketai service contract', 'Personal data possibly leaked']);
		expect(s.lines[0]!.value).toBe('A hospital, clinic or other medical institution');
		expect(s.ppc?.required).toBe(false);
		expect(s.policeRequest).toBeUndefined();
		const money = summarizeTriage({ safety: 'no', who: 'individual', what: 'fake-shop', moneyLost: 'yes', policeReport: 'no' }, 'ja', { now: NOW });
		expect(money.lines).toContainEqual({ label: 'お金の被害', value: 'はい' });
		expect(money.policeRequest).toBe('consultation');
		expect(money.ppc).toBeUndefined();
	});

	test('the summary for the desks carries it: the situation first, and the PPC deadlines for the PPC', () => {
		const incident = newIncident('x', NOW);
		incident.discoveredAt = '2026-06-01T01:00:00Z';
		const situation = summarizeTriage(leak, 'ja', { discoveredAt: incident.discoveredAt, now: NOW });
		const forPpc = renderSummary(incident, { locale: 'ja', now: NOW, deskId: 'ppc-leak-report', situation }).body;
		expect(forPpc).toContain('■ 状況（初動ナビの質問への回答）\n被害に遭ったのは: 会社・団体・個人事業（従業員300人以下）');
		expect(forPpc).toContain('警察への被害届: 出したい');
		expect(forPpc).toContain('■ 個人情報保護委員会への報告の期限（気づいた日 2026年6月1日（月）から数えます）');
		expect(forPpc).toContain('確報: 2026年7月30日（木）まで（60日以内）');
		expect(forPpc.indexOf('■ 状況')).toBeLessThan(forPpc.indexOf('■ 何が起きたか'));
		const forPolice = renderSummary(incident, { locale: 'ja', now: NOW, deskId: 'police-prefectural-cyber', situation }).body;
		expect(forPolice).toContain('■ 状況');
		expect(forPolice).not.toContain('個人情報保護委員会への報告の期限');
	});
});
