import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TimelineEditor from '../../../../../src/routes/incident/details/timeline-editor.svelte';

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

beforeEach(() => localStorage.clear());

describe('the timeline entry form', () => {
	it('keeps what is typed right after Enter, while the entry is being saved', async () => {
		const user = userEvent.setup();
		const add = slowAdd(true);
		const announced: string[] = [];
		render(TimelineEditor, { entries: [], onadd: add.onadd, onremove: async () => true, announce: (t: string) => announced.push(t) });
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
		render(TimelineEditor, { entries: [], onadd: add.onadd, onremove: async () => true, announce: (t: string) => announced.push(t) });
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
		const first = render(TimelineEditor, { entries: [], onadd: async () => true, onremove: async () => true, announce: () => {} });
		await user.type(screen.getByLabelText('内容'), 'まだ送っていない');
		first.unmount();
		render(TimelineEditor, { entries: [], onadd: async () => true, onremove: async () => true, announce: () => {} });
		expect((screen.getByLabelText('内容') as HTMLInputElement).value).toBe('まだ送っていない');
	});
});
