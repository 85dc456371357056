import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UpdateBanner from '$lib/components/update-banner/update-banner.svelte';
import { pwa } from '$lib/pwa/pwa.svelte';

afterEach(() => {
	pwa.updateWaiting = false;
	vi.restoreAllMocks();
});

describe('UpdateBanner', () => {
	it('stays hidden while no new version waits', () => {
		render(UpdateBanner);
		expect(screen.queryByTestId('update-banner')).toBeNull();
	});

	it('offers the waiting version and applies it only when accepted', async () => {
		const accept = vi.spyOn(pwa, 'acceptUpdate').mockImplementation(() => {});
		render(UpdateBanner);
		pwa.updateWaiting = true;
		flushSync();
		expect(screen.getByRole('status')).toHaveTextContent('新しいバージョンがあります');
		expect(accept).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('button', { name: '更新' }));
		expect(accept).toHaveBeenCalledOnce();
	});

	it('can be put off without applying anything', async () => {
		const accept = vi.spyOn(pwa, 'acceptUpdate').mockImplementation(() => {});
		render(UpdateBanner);
		pwa.updateWaiting = true;
		flushSync();
		await userEvent.click(screen.getByRole('button', { name: 'あとで' }));
		expect(screen.queryByTestId('update-banner')).toBeNull();
		expect(accept).not.toHaveBeenCalled();
	});
});
