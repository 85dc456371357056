import { describe, expect, it } from 'vitest';
import { CONFLICT_MARKER, CONFLICT_SEPARATOR, composeConflict, mergeField } from '$lib/incident/merge';

const markers = (text: string) => text.split(CONFLICT_MARKER).length - 1;

describe('mergeField', () => {
	it('writes this tab\'s text when nobody else changed the field', () => {
		expect(mergeField('abc', 'ab', 'ab')).toEqual({ text: 'abc', held: undefined, conflict: false });
	});

	it('keeps both texts after one marker on a first conflict, and says so once', () => {
		expect(mergeField('mine', '', 'theirs')).toEqual({ text: `mine${CONFLICT_SEPARATOR}theirs`, held: 'theirs', conflict: true });
		// Already holding: the other tab's newer text replaces its older one, no new notice.
		expect(mergeField('mine2', `mine${CONFLICT_SEPARATOR}theirs`, `theirs2${CONFLICT_SEPARATOR}mine`, 'theirs')).toEqual({
			text: `mine2${CONFLICT_SEPARATOR}theirs2`,
			held: 'theirs2',
			conflict: false
		});
	});

	it('never nests markers however long two tabs type into one field at once', () => {
		// Two tabs, each typing one character at a time and each writing over a stale base.
		let stored = '';
		const tabs = [
			{ typed: '', base: '', held: undefined as string | undefined },
			{ typed: '', base: '', held: undefined as string | undefined }
		];
		let notices = 0;
		for (let i = 0; i < 40; i++) {
			const tab = tabs[i % 2]!;
			tab.typed += i % 2 ? 'b' : 'a';
			const merge = mergeField(tab.typed, tab.base, stored, tab.held);
			stored = merge.text;
			tab.base = merge.text;
			tab.held = merge.held;
			if (merge.conflict) notices++;
		}
		expect(markers(stored)).toBe(1);
		expect(stored.length).toBe(40 + CONFLICT_SEPARATOR.length);
		expect(stored).toContain('a'.repeat(20));
		expect(stored).toContain('b'.repeat(20));
		expect(notices).toBe(2);
	});

	it('takes another tab\'s text that went on from this one', () => {
		expect(mergeField('abc', 'ab', 'abcdef')).toEqual({ text: 'abcdef', held: undefined, conflict: false });
	});

	it('composes nothing when no other text is held', () => {
		expect(composeConflict('a', undefined)).toBe('a');
		expect(composeConflict('a', '')).toBe('a');
	});
});
