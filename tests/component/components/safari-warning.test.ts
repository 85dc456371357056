import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafariWarning } from '$lib/components/safari-warning';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

afterEach(() => vi.restoreAllMocks());

describe('SafariWarning', () => {
	it('on iPhone Safari with data: says records may be deleted, gives the Home Screen steps and the export', async () => {
		vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
		render(SafariWarning, { holdsData: true });
		const warning = await screen.findByTestId('safari-warning');
		expect(warning).toHaveTextContent('7日間');
		expect(warning).toHaveTextContent('「ホーム画面に追加」');
		expect(screen.getByRole('heading', { name: 'このままでは記録が消えることがあります' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: '記録をファイルに書き出す' })).toHaveAttribute('href', '/incidents#transfer-title');
	});

	it('says nothing without data, or on another browser', async () => {
		vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
		const empty = render(SafariWarning, { holdsData: false });
		await Promise.resolve();
		expect(screen.queryByTestId('safari-warning')).toBeNull();
		empty.unmount();
		vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36');
		render(SafariWarning, { holdsData: true });
		await Promise.resolve();
		expect(screen.queryByTestId('safari-warning')).toBeNull();
	});
});
