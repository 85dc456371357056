import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import DeskPage from '../../../../src/routes/desks/[id]/+page.svelte';
import DesksPage from '../../../../src/routes/desks/+page.svelte';
import { load as loadList } from '../../../../src/routes/desks/+page.server';
import { getDesk } from '$lib/content/desks';
import { deskIds, type DeskId } from '$lib/content/desk-ids';

const jst = (local: string) => new Date(`${local}+09:00`);
const page = (id: DeskId) => render(DeskPage, { data: { desk: getDesk(id) } });

describe('desk page', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(jst('2026-11-24T11:00:00'));
	});
	afterEach(() => vi.useRealTimers());

	it('links every contact: tel:, mailto: and https in a new tab', () => {
		page('ipa-anshin');
		expect(screen.getByRole('link', { name: '03-5978-7509 に電話する' })).toHaveAttribute('href', 'tel:03-5978-7509');
		expect(screen.getByRole('link', { name: 'anshin@ipa.go.jp にメールする' })).toHaveAttribute('href', 'mailto:anshin@ipa.go.jp');
		const web = screen.getByRole('link', { name: '案内ページ（新しいタブで開きます）' });
		expect(web).toHaveAttribute('href', 'https://www.ipa.go.jp/security/anshin/');
		expect(web).toHaveAttribute('target', '_blank');
		expect(web).toHaveAttribute('rel', 'noopener noreferrer');
	});

	it('escapes the # of #9110 in its tel: link', () => {
		page('police-9110');
		expect(screen.getByRole('link', { name: '#9110 に電話する' })).toHaveAttribute('href', 'tel:%239110');
	});

	it('gives hours in words and the live status of each contact and the desk', () => {
		page('ipa-anshin');
		expect(screen.getByText(/受付時間：月〜金 10:00〜12:00、13:30〜17:00（祝日は休み）/)).toBeInTheDocument();
		expect(screen.getAllByText('受付中（12:00 まで）')).toHaveLength(2);
		expect(screen.getByText('いつでも送信できます')).toBeInTheDocument();
	});

	it('shows what it handles and does not, notes, changes and sources with dates', () => {
		page('ipa-anshin');
		const notHandled = screen.getByRole('heading', { name: '受け付けていないこと' }).closest('section')!;
		expect(within(notHandled).getByText('法的解釈に関する相談')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: '元の資料から変わった点' })).toBeInTheDocument();
		const sources = screen.getByRole('heading', { name: '出典' }).closest('section')!;
		expect(within(sources).getByText(/付録02 サイバー攻撃を受けた場合①/)).toBeInTheDocument();
		expect(within(sources).getAllByText('確認日：2026年11月23日（月）').length).toBeGreaterThan(1);
	});

	it('links back to the list', () => {
		page('police-110');
		for (const link of screen.getAllByRole('link', { name: '相談窓口の一覧へ戻る' })) {
			expect(link).toHaveAttribute('href', '/desks');
		}
	});

	it('says where to look when a desk has no contacts of its own', () => {
		page('bank-or-card');
		expect(screen.getByText(/決まった連絡先がありません/)).toBeInTheDocument();
		expect(screen.getByText(/カードの裏面/)).toBeInTheDocument();
	});

	it('warns only when the check is more than a year old', () => {
		const fresh = page('ipa-anshin');
		expect(screen.queryByTestId('stale-notice')).toBeNull();
		fresh.unmount();
		vi.setSystemTime(jst('2027-11-24T09:00:00'));
		page('ipa-anshin');
		expect(screen.getByTestId('stale-notice')).toHaveTextContent('この情報は1年以上前に確認したものです');
	});
});

describe('desk page: how sure each fact is, and the New Year break', () => {
	afterEach(() => vi.useRealTimers());

	it('says beside each contact and note how sure it is, in plain words', () => {
		vi.useFakeTimers();
		vi.setSystemTime(jst('2026-11-24T11:00:00'));
		page('houterasu');
		const contacts = screen.getByRole('heading', { name: '連絡先' }).closest('section')!;
		expect(within(contacts).getByText('番号：引用したページでのみ確認・受付時間：未確認')).toBeInTheDocument();
		const notes = screen.getByRole('heading', { name: '知っておくこと' }).closest('section')!;
		expect(within(notes).getAllByText('（引用したページでのみ確認）').length).toBeGreaterThan(0);
	});

	it('marks J-CRAT\'s address as not confirmed, and the Tokyo desk as from the source only', () => {
		vi.useFakeTimers();
		vi.setSystemTime(jst('2026-11-24T11:00:00'));
		const jcrat = page('ipa-jcrat');
		expect(screen.getByText('アドレスと受付時間：未確認')).toBeInTheDocument();
		jcrat.unmount();
		page('tokyo-sme-cyber');
		expect(screen.getByText('番号と受付時間：元の資料のみ・最新かは未確認')).toBeInTheDocument();
	});

	it('says 警視庁\'s number was seen only on pages quoting it', () => {
		vi.useFakeTimers();
		vi.setSystemTime(jst('2026-11-24T11:00:00'));
		page('police-tokyo-cyber');
		const phone = screen.getByRole('link', { name: '03-5805-1731 に電話する' }).closest('li')!;
		expect(within(phone).getByText('番号と受付時間：引用したページでのみ確認')).toBeInTheDocument();
	});

	it('never says 受付中 on a weekday of the New Year break, and says the window is assumed', () => {
		vi.useFakeTimers();
		vi.setSystemTime(jst('2026-12-30T11:00:00'));
		page('ipa-anshin');
		expect(screen.queryByText(/受付中/)).toBeNull();
		expect(screen.getAllByText('年末年始のため休みの可能性（公式サイトで確認）').length).toBeGreaterThanOrEqual(2);
		expect(screen.getByText(/官公庁と同じ12月29日〜1月3日を休みの可能性がある期間としています/)).toBeInTheDocument();
	});
});

describe('desk list', () => {
	it('lists every desk once, grouped by category, each linking to its page', () => {
		render(DesksPage, { data: loadList() });
		const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(deskIds.map((id) => `/desks/${id}`).sort());
		expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
			'緊急のとき', '警察', 'IPA（情報処理推進機構）', '個人情報の漏えい', '中小企業の支援',
			'詐欺・消費者トラブル・被害の報告', '違法・有害な情報', '法律・権利', '業種別'
		]);
	});
});
