import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ContactsEditor from '../../../../../src/routes/incident/details/contacts-editor.svelte';
import type { ContactRecord } from '$lib/incident/schema';
import { memoryUnsent } from '../../../../fixtures/unsent';

beforeEach(() => localStorage.clear());

describe('the contacts form', () => {
	it('records how the desk was reached, once, with the reference; the list shows it', async () => {
		const user = userEvent.setup();
		const added: Omit<ContactRecord, 'id'>[] = [];
		const view = render(ContactsEditor, {
			contacts: [],
			incidentId: 'i1',
			unsent: memoryUnsent(),
			onadd: async (c: Omit<ContactRecord, 'id'>) => (added.push(c), true),
			onremove: async () => true,
			announce: () => {}
		});
		await user.selectOptions(screen.getByLabelText('相談窓口'), 'ipa-anshin');
		await user.selectOptions(screen.getByLabelText('連絡の方法'), '電話');
		await user.type(screen.getByLabelText('受付番号（あれば）'), 'R-77');
		await user.click(screen.getByRole('button', { name: '連絡の記録を追加' }));
		await waitFor(() => expect(added).toHaveLength(1));
		expect(added[0]).toMatchObject({ deskId: 'ipa-anshin', how: 'phone', reference: 'R-77' });
		// The form starts again with no method chosen; a contact without one has no `how`.
		expect(screen.getByLabelText('連絡の方法')).toHaveValue('');
		await user.click(screen.getByRole('button', { name: '連絡の記録を追加' }));
		await waitFor(() => expect(added).toHaveLength(2));
		expect('how' in added[1]!).toBe(false);
		await view.rerender({ contacts: [{ id: 'c1', ...added[0]! }] });
		expect(screen.getByTestId('contacts')).toHaveTextContent('電話');
	});
});
