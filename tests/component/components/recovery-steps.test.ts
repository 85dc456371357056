import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { RecoverySteps, sourceLabel } from '$lib/components/recovery-steps';
import { recoverySteps } from '$lib/triage/recovery';
import WithTicks from './recovery-steps-with-ticks.svelte';

const account = recoverySteps({ safety: 'no', who: 'individual', what: 'account-takeover', moneyLost: 'no' });
const companyRansomware = recoverySteps({
	safety: 'no',
	who: 'organisation',
	what: 'ransomware',
	orgSupport: 'no',
	personalData: 'yes',
	reportCase: 'sensitive',
	moneyLost: 'no'
});

describe('RecoverySteps', () => {
	it('shows each set under its title, its steps in order', () => {
		render(RecoverySteps, { steps: companyRansomware, headingLevel: 2 });
		const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
		expect(headings).toEqual(['ランサムウェアから立て直す', '個人情報の漏えい等への対応']);
		const ransomware = screen.getByRole('region', { name: 'ランサムウェアから立て直す' });
		const items = within(ransomware).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
		expect(items).toHaveLength(companyRansomware.filter((s) => s.setId === 'ransomware').length);
		expect(items[0]).toHaveTextContent('身代金を求める画面やメッセージ');
	});

	it('links the official pages a step names, opening another site', () => {
		render(RecoverySteps, { steps: account });
		const apple = screen.getByRole('link', { name: /^Apple Account/ });
		expect(apple).toHaveAttribute('href', 'https://support.apple.com/ja-jp/102560');
		expect(apple).toHaveAttribute('target', '_blank');
		expect(apple).toHaveAttribute('rel', 'noopener noreferrer');
	});

	it('says where to find it in the app when no page is linked', () => {
		render(RecoverySteps, { steps: account });
		expect(screen.getByText('場所：LINE の公式サイトの「問題報告フォーム」')).toBeInTheDocument();
	});

	it('says in plain words how sure each step is, when it was checked, and its sources', () => {
		const { container } = render(RecoverySteps, { steps: account });
		const step = container.querySelector('[data-step="account-takeover/official-recovery"]') as HTMLElement;
		expect(within(step).getByText('どのくらい確かか：引用したページでのみ確認（確認日：2026年12月6日）')).toBeInTheDocument();
		expect(within(step).getByRole('link', { name: 'www.iajapan.org/bamen/Google/google9.html' })).toHaveAttribute(
			'href',
			'https://www.iajapan.org/bamen/Google/google9.html'
		);
		const unsure = container.querySelector('[data-step="account-takeover/other-services"] summary');
		expect(unsure).toHaveTextContent('未確認');
	});

	it('lets the plan wrap each step (its checkbox), keeping the step body', () => {
		render(WithTicks, { steps: account });
		const boxes = screen.getAllByRole('checkbox', { name: '済み' });
		expect(boxes).toHaveLength(account.length);
		expect(boxes[0]).toHaveAccessibleDescription(expect.stringContaining('友だちや家族に'));
	});
});

describe('sourceLabel', () => {
	it('names a seed by its document and section, a FACTS.md row by its name, a page by its address', () => {
		expect(sourceLabel({ seed: '004_983349b1c0ef3f5b.txt', section: '相談窓口と支援サービス' }).text).toBe(
			'資料「NISC インターネットの安全・安心ハンドブック 中小企業向けリーフレット」の「相談窓口と支援サービス」'
		);
		expect(sourceLabel({ facts: 'PPC: deadlines' }).text).toContain('PPC: deadlines');
		expect(sourceLabel({ url: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/' })).toEqual({
			text: 'www.ppc.go.jp/personalinfo/legal/leakAction/',
			href: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/'
		});
	});
});

describe('RecoverySteps in English', () => {
	it('shows the English words, the certainty and the date as an English reader writes them', async () => {
		const { overwriteGetLocale, getLocale } = await import('$lib/paraglide/runtime');
		const before = getLocale;
		overwriteGetLocale(() => 'en');
		try {
			const { container } = render(RecoverySteps, { steps: account });
			expect(screen.getByRole('heading', { name: 'Get the account back' })).toBeInTheDocument();
			const step = container.querySelector('[data-step="account-takeover/sign-out-others"]') as HTMLElement;
			expect(step).toHaveTextContent('sign out or remove any you do not recognise');
			expect(within(step).getByText(/^How sure: .+ \(checked 6 Dec 2026\)$/)).toBeInTheDocument();
		} finally {
			overwriteGetLocale(before);
		}
	});
});
