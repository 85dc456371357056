import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TimelineEditor from '../../../../../src/routes/incident/details/timeline-editor.svelte';
import { memoryUnsent } from '../../../../fixtures/unsent';

/** An add that takes a moment, as a write on a slow phone does, then succeeds or fails. */
function slowAdd(ok: boolean) {
	const added: string[] = [];
	let finish: () => void = () => {};
	const onadd = (entry: { text: string }) =>
		new Promise<boolean>((resolve) => {
			finish = () => {
				if (ok) added.push(entry.text);
				resolve(ok);
			};
		});
	return { added, onadd, finish: () => finish() };
}

let unsent = memoryUnsent();
beforeEach(() => {
	localStorage.clear();
	unsent = memoryUnsent();
});

describe('the timeline entry form', () => {
	it('keeps what is typed right after Enter, while the entry is being saved', async () => {
		const user = userEvent.setup();
		const add = slowAdd(true);
		const announced: string[] = [];
		render(TimelineEditor, { entries: [], incidentId: 'i1', unsent, onadd: add.onadd, onremove: async () => true, announce: (t: string) => announced.push(t) });
		const field = screen.getByLabelText('内容');
		await user.type(field, '一つ目{Enter}');
		await user.type(field, '二つ目');
		expect(announced).toEqual([]);
		add.finish();
		await waitFor(() => expect(announced).toEqual(['経過記録に追加しました。']));
		expect(add.added).toEqual(['一つ目']);
		expect((field as HTMLInputElement).value).toBe('二つ目');
	});

	it('keeps the text and announces nothing when the save fails', async () => {
		const user = userEvent.setup();
		const add = slowAdd(false);
		const announced: string[] = [];
		render(TimelineEditor, { entries: [], incidentId: 'i1', unsent, onadd: add.onadd, onremove: async () => true, announce: (t: string) => announced.push(t) });
		const field = screen.getByLabelText('内容');
		const text = 'ログ'.repeat(15_000);
		await user.click(field);
		await user.paste(text);
		await user.keyboard('{Enter}');
		add.finish();
		await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('入力した内容は欄に残っています'));
		expect(announced).toEqual([]);
		const lost = text.length - (field as HTMLInputElement).value.length;
		expect(lost).toBe(0);
	});

	it('gives back text typed but not sent after a reload (an app update)', async () => {
		const user = userEvent.setup();
		const first = render(TimelineEditor, { entries: [], incidentId: 'i1', unsent, onadd: async () => true, onremove: async () => true, announce: () => {} });
		await user.type(screen.getByLabelText('内容'), 'まだ送っていない');
		// Written through a moment after the last keystroke, as the typed fields are.
		await waitFor(() => expect(unsent.values.get('unsent:i1:timeline')).toBe('まだ送っていない'));
		first.unmount();
		render(TimelineEditor, { entries: [], incidentId: 'i1', unsent, onadd: async () => true, onremove: async () => true, announce: () => {} });
		await waitFor(() => expect((screen.getByLabelText('内容') as HTMLInputElement).value).toBe('まだ送っていない'));
	});

	it('keeps unsent text by incident: another incident starts empty, and sending takes out only this tab\'s text', async () => {
		const user = userEvent.setup();
		render(TimelineEditor, { entries: [], incidentId: 'i1', unsent, onadd: async () => true, onremove: async () => true, announce: () => {} });
		await user.type(screen.getByLabelText('内容'), 'Aのメモ');
		await waitFor(() => expect(unsent.values.get('unsent:i1:timeline')).toBe('Aのメモ'));
		const other = render(TimelineEditor, { entries: [], incidentId: 'i2', unsent, onadd: async () => true, onremove: async () => true, announce: () => {} });
		// Both forms use the same ids: this one is found in its own container.
		const field = other.container.querySelector<HTMLInputElement>('input[type="text"]')!;
		await new Promise((r) => setTimeout(r, 20));
		expect(field.value).toBe('');
		await user.type(field, 'Bの文');
		await user.keyboard('{Enter}');
		await waitFor(() => expect(unsent.values.has('unsent:i2:timeline')).toBe(false));
		expect(unsent.values.get('unsent:i1:timeline')).toBe('Aのメモ');
	});
});
