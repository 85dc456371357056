import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { DeskCard } from '$lib/components/desk-card';
import { getDesk } from '$lib/content/desks';

const jst = (local: string) => new Date(`${local}+09:00`);

describe('DeskCard', () => {
	it('names the desk as a link to its page, at the heading level asked for', () => {
		render(DeskCard, { desk: getDesk('police-tokyo-cyber'), headingLevel: 2, now: jst('2026-01-13T09:00:00') });
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading).toHaveTextContent('警視庁 サイバー犯罪対策課');
		expect(screen.getByRole('link', { name: '警視庁 サイバー犯罪対策課' })).toHaveAttribute('href', '/desks/police-tokyo-cyber');
		expect(screen.getByText('個人・企業・組織・東京都')).toBeInTheDocument();
		expect(screen.getByText('受付中（17:15 まで）')).toBeInTheDocument();
	});

	it('shows extra content such as the reason for a recommendation', () => {
		const children = createRawSnippet(() => ({ render: () => '<p>ランサムウェアの被害のため</p>' }));
		render(DeskCard, { desk: getDesk('police-110'), children, now: jst('2026-01-13T09:00:00') });
		expect(screen.getByText('ランサムウェアの被害のため')).toBeInTheDocument();
	});

	it('shows no status for a desk that has no contacts of its own', () => {
		const { container } = render(DeskCard, { desk: getDesk('bank-or-card'), now: jst('2026-01-13T09:00:00') });
		expect(container.querySelector('.status-badge')).toBeNull();
	});
});
