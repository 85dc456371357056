import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import RecommendedDesk from '../../../../src/routes/triage/recommended-desk.svelte';
import { route } from '$lib/triage/routing';

// A weekday morning in Japan, when the police and the PPC desks are open.
const NOW = new Date('2026-01-13T10:00:00+09:00');

describe('a recommended desk on the result', () => {
	it('shows the police as one card, with the other police desks as choices, each with its reason and a way in', () => {
		const recs = route({ answers: { safety: 'no', who: 'individual', what: 'fake-shop', moneyLost: 'yes', policeReport: 'yes' }, now: NOW });
		const police = recs.find((r) => r.kind === 'police')!;
		const { container } = render(RecommendedDesk, { rec: police, position: 2, now: NOW, fromNow: true });
		expect(container.querySelector('li')).toHaveAttribute('data-desk', 'police-station');
		const choices = screen.getByTestId('desk-choices');
		const online = choices.querySelector('[data-choice="police-npa-online"]') as HTMLElement;
		expect(online.querySelector('a.choice-name')).toHaveAttribute('href', '/desks/police-npa-online');
		expect(online).toHaveTextContent('オンライン窓口から相談・通報できます');
		expect(within(online).getByRole('link', { name: /フォームを開く/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.npa\.go\.jp\//));
	});

	it('words the PPC deadline as a condition where the report is only a check, and as a duty where it is required', () => {
		const check = route({ answers: { safety: 'no', who: 'organisation', what: 'malware', orgSupport: 'no', personalData: 'unknown' }, now: NOW }).find((r) => r.deskId === 'ppc-leak-report')!;
		expect(check.reportRequired).toBe(false);
		render(RecommendedDesk, { rec: check, position: 3, now: NOW, fromNow: true });
		expect(screen.getByTestId('ppc-deadline-line')).toHaveTextContent(/^報告が必要なら、速報は/);
		expect(screen.getByTestId('reason')).not.toHaveTextContent('漏えいしたおそれがあります');

		const required = route({ answers: { safety: 'no', who: 'large-organisation', what: 'data-leak', leakCause: 'insider' }, now: NOW }).find((r) => r.deskId === 'ppc-leak-report')!;
		expect(required.reportRequired).toBe(true);
		const second = render(RecommendedDesk, { rec: required, position: 1, now: NOW, fromNow: true });
		expect(within(second.container).getByTestId('ppc-deadline-line')).toHaveTextContent(/^速報：速やかに/);
	});
});
