import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { DeskCard } from '$lib/components/desk-card';
import { ownContactNames } from '$lib/content/own-contact-names';
import { ownContactHints } from '$lib/content/own-contact-hints';
import { ownDesk } from '$lib/profile/own-desks';
import { ROLES } from '$lib/profile/roles';
import { loadProfile } from '$lib/profile/store';
import ProfilePage from '../../../../src/routes/profile/+page.svelte';

describe('the profile form', () => {
	it('names each contact as its desk card does, from content/profile/own-contacts.json, with the hint under the name', async () => {
		const user = userEvent.setup();
		const { unmount } = render(ProfilePage);
		await user.click(await screen.findByLabelText('会社・団体', {}, { timeout: 10_000 }));

		const legends = [...document.querySelectorAll('fieldset[data-role] > legend')].map((l) => l.textContent?.trim());
		expect(legends).toEqual(ROLES.map((r) => ownContactNames[r].ja));
		// The hint is a description of the group, not part of its name.
		const manager = document.querySelector<HTMLElement>('fieldset[data-role="manager"]')!;
		expect(manager).toHaveAccessibleName(ownContactNames.manager.ja);
		expect(manager).toHaveAccessibleDescription(ownContactHints.manager!.ja);
		expect(document.querySelector('fieldset[data-role="bank"]')).not.toHaveAttribute('aria-describedby');

		// What is typed under a name comes back on a desk card under that same name.
		for (const role of ROLES) await user.type(document.querySelector<HTMLInputElement>(`#${role}-phone`)!, '03-1234-5678');
		await user.tab();
		await waitFor(async () => {
			const stored = await loadProfile();
			expect(stored?.ok && stored.profile.contacts.bank.phone).toBe('03-1234-5678');
		});
		const stored = await loadProfile();
		unmount();
		if (!stored?.ok) throw new Error('the profile was not saved');
		for (const [i, role] of ROLES.entries()) {
			const { unmount: close } = render(DeskCard, { desk: ownDesk(stored.profile, role)!, headingLevel: 3, now: new Date() });
			expect(within(document.body).getByRole('heading', { level: 3 }).textContent?.trim()).toBe(legends[i]);
			close();
		}
	}, 30_000);
});
