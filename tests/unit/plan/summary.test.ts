import { describe, expect, test } from 'vitest';
import { renderSummary } from '$lib/incident/summary';
import { summarizeTriage } from '$lib/triage/describe';
import { buildPlan } from '$lib/triage/plan';
import { addDate, setDeskState, tickStep } from '$lib/plan/plan';
import { deskName } from '$lib/incident/desk-names';
import { nextStepItems } from '$lib/triage/routing';
import { newIncident, type Incident } from '$lib/incident/schema';
import type { Answers } from '$lib/triage/flow';
import type { DeskId } from '$lib/content/desk-ids';

const NOW = new Date('2026-12-06T03:00:00.000Z'); // 12:00 in Japan
const answers: Answers = { safety: 'no', who: 'individual', what: 'account-takeover' };

function caseWithPlan(): Incident {
	const incident = newIncident('p1', NOW);
	let plan = buildPlan({ answers, now: NOW });
	const [first, second] = plan.steps;
	plan = tickStep(plan, first!.id, true, new Date('2026-12-06T01:15:00.000Z'));
	const [deskA, deskB] = plan.desks.map((d) => d.deskId);
	plan = setDeskState(plan, deskA!, 'waiting', new Date('2026-12-06T02:00:00.000Z'), '2026-12-08T06:00:00.000Z');
	plan = setDeskState(plan, deskB!, 'done', new Date('2026-12-06T02:30:00.000Z'));
	plan = addDate(plan, { id: 'i1', kind: 'insurer', date: '2026-12-20', time: '17:00', label: '損害保険の事故受付' });
	plan = addDate(plan, { id: 'old', kind: 'own', date: '2026-12-01', label: '過ぎた日付' });
	expect(second).toBeDefined();
	return {
		...incident,
		plan,
		contacts: [{ id: 'c1', deskId: deskA!, at: '2026-12-06T01:40:00.000Z', reference: 'R-77', outcome: '折り返し連絡', how: 'phone' }]
	};
}

describe('the summary: what has been done so far, with dates', () => {
	test('ja: ticked steps and finished desks with their times, the contact with how and reference, the reply awaited, the dates ahead', () => {
		const incident = caseWithPlan();
		const plan = incident.plan!;
		const [deskA, deskB] = plan.desks.map((d) => d.deskId as DeskId);
		const steps = Object.fromEntries(nextStepItems(answers).map((s) => [`next/${s.id}`, s.text.ja]));
		const { body } = renderSummary(incident, {
			locale: 'ja',
			now: NOW,
			deskName: (id) => deskName(id, 'ja'),
			situation: summarizeTriage(answers, 'ja', { now: NOW })
		});
		const lines = body.split('\n');
		const section = (title: string) => {
			const start = lines.indexOf(`■ ${title}`);
			expect(start, title).toBeGreaterThan(-1);
			const end = lines.findIndex((l, i) => i > start && l.startsWith('■ '));
			return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => l.startsWith('- '));
		};
		expect(section('これまでに行った対応')).toEqual([
			`- 2026年12月6日（日）10:15 [済] ${steps[plan.steps[0]!.id]}`,
			`- 2026年12月6日（日）11:30 ${deskName(deskB!, 'ja')}とのやりとりを終えた`
		]);
		expect(body).toContain(`- 2026年12月6日（日）10:40 ${deskName(deskA!, 'ja')} (電話 / 受付番号: R-77 / 結果: 折り返し連絡)`);
		expect(section('返事待ちとこれからの日付')).toEqual([
			`- ${deskName(deskA!, 'ja')}: 2026年12月8日（火）15:00までに返事の予定（なければ、もう一度連絡します）`,
			'- 2026年12月20日（日）17:00 保険会社への連絡の期限: 損害保険の事故受付'
		]);
		// A step not ticked is not listed as done.
		expect(body).not.toContain(steps[plan.steps[1]!.id]!);
	});

	test('en: the same in English', () => {
		const { body } = renderSummary(caseWithPlan(), { locale: 'en', now: NOW, situation: summarizeTriage(answers, 'en', { now: NOW }) });
		expect(body).toContain('[done] ');
		expect(body).toContain('■ Replies awaited and dates ahead');
		expect(body).toContain('(by phone / reference: R-77 / outcome: 折り返し連絡)');
	});

	test('without a plan the summary is as before', () => {
		const { plan: _p, ...rest } = caseWithPlan();
		const { body } = renderSummary({ ...rest, contacts: [] }, { locale: 'ja', now: NOW });
		expect(body).not.toContain('返事待ち');
		expect(body).toContain('■ これまでに行った対応\n（記録なし）');
	});
});
