import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { MACHINE_VERSION, triageMachine } from '$lib/triage/machine';
import { readAnswers, restoreTriage, saveTriage } from '$lib/triage/persist';

function savedAfter(values: string[]) {
	const actor = createActor(triageMachine()).start();
	actor.send({ type: 'CONTINUE' });
	for (const value of values) actor.send({ type: 'ANSWER', value });
	return saveTriage(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), new Date('2026-05-01T00:00:00Z'));
}

describe('restoreTriage', () => {
	test('nothing saved: nothing to restore', () => {
		expect(restoreTriage(undefined)).toEqual({ kind: 'none' });
	});

	test('a snapshot of this machine version restores at the same step with its answers', () => {
		const saved = savedAfter(['no', 'organisation', 'malware']);
		expect(saved.machineVersion).toBe(MACHINE_VERSION);
		const result = restoreTriage(saved);
		expect(result.kind).toBe('restored');
		if (result.kind !== 'restored') return;
		const actor = createActor(triageMachine(), { snapshot: result.snapshot }).start();
		expect(actor.getSnapshot().value).toBe('orgSupport');
		expect(actor.getSnapshot().context.answers).toEqual({ safety: 'no', who: 'organisation', what: 'malware' });
	});

	test('another machine version is discarded, not guessed at', () => {
		const saved = { ...savedAfter(['no']), machineVersion: MACHINE_VERSION + 1 };
		expect(restoreTriage(saved)).toEqual({ kind: 'discarded', reason: 'version' });
	});

	test.each([
		['a step that does not exist', (s: any) => (s.value = 'askAgain')],
		['an answer that is not an option', (s: any) => (s.context.answers.who = 'robot')],
		['an unknown question', (s: any) => (s.context.answers.favourite = 'yes')],
		['a history that is not a list', (s: any) => (s.context.history = 'who')],
		['a finished actor', (s: any) => (s.status = 'done')]
	])('a damaged snapshot (%s) is discarded', (_name, damage) => {
		const saved = savedAfter(['no', 'individual']);
		damage(saved.snapshot);
		expect(restoreTriage(saved)).toEqual({ kind: 'discarded', reason: 'invalid' });
	});

	test('a snapshot that is not an object is discarded', () => {
		expect(restoreTriage({ machineVersion: MACHINE_VERSION, snapshot: 'broken', savedAt: '2026-05-01T00:00:00Z' })).toEqual({
			kind: 'discarded',
			reason: 'invalid'
		});
	});
});

describe('readAnswers', () => {
	test('gives the answers of a snapshot this version can restore, and nothing for an old or damaged one', () => {
		const saved = savedAfter(['no', 'individual', 'phishing']);
		expect(readAnswers(saved)).toEqual({ safety: 'no', who: 'individual', what: 'phishing' });
		expect(readAnswers({ ...saved, machineVersion: MACHINE_VERSION - 1 })).toEqual({});
		expect(readAnswers({ ...saved, snapshot: { ...(saved.snapshot as object), value: 'gone' } })).toEqual({});
		expect(readAnswers(undefined)).toEqual({});
	});
});
