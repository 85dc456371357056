import { describe, expect, test, vi } from 'vitest';
import { MACHINE_VERSION } from '$lib/triage/machine';
import { TriageSession } from '$lib/triage/triage-session.svelte';
import { TestMemoryStore } from '../../fixtures/memory-store';

const now = () => new Date('2026-05-02T01:02:03Z');

async function stored(store: TestMemoryStore) {
	const read = await store.get((await store.currentId())!);
	if (!read?.ok) throw new Error('not stored');
	return read.incident;
}

/** Counts the store's writes from now on: `writes()` is how many so far. */
function countWrites(store: TestMemoryStore): () => number {
	let writes = 0;
	const update = store.update.bind(store);
	store.update = (...args: Parameters<typeof store.update>) => {
		writes++;
		return update(...args);
	};
	return () => writes;
}

describe('TriageSession', () => {
	test('saves the snapshot after every transition, and a new session resumes at the same step', async () => {
		const store = new TestMemoryStore();
		const first = await TriageSession.open(store, { now });
		first.send({ type: 'CONTINUE' });
		first.send({ type: 'ANSWER', value: 'no' });
		first.send({ type: 'ANSWER', value: 'individual' });
		await first.flush();
		const incident = await stored(store);
		expect(incident.triage?.machineVersion).toBe(MACHINE_VERSION);
		expect(incident.triage?.savedAt).toBe(now().toISOString());
		first.stop();

		const again = await TriageSession.open(store, { now });
		expect(again.step).toBe('what');
		expect(again.answers).toEqual({ safety: 'no', who: 'individual' });
		expect(again.discarded).toBeNull();
		again.send({ type: 'BACK' });
		expect(again.step).toBe('who');
	});

	test('a rehearsed event changes nothing and saves nothing: the step, the answers and the record stay as they were', async () => {
		const store = new TestMemoryStore();
		const session = await TriageSession.open(store, { now });
		session.send({ type: 'CONTINUE' });
		await session.flush();
		const writes = countWrites(store);
		session.rehearse({ type: 'ANSWER', value: 'yes' });
		session.rehearse({ type: 'ANSWER', value: 'no' });
		await session.flush();
		await new Promise((r) => setTimeout(r, 20));
		expect(session.step).toBe('safety');
		expect(session.answers).toEqual({});
		expect(session.previous).toBe('firstAid');
		expect(writes()).toBe(0);
		// The same event sent for real does move on.
		session.send({ type: 'ANSWER', value: 'no' });
		expect(session.step).toBe('who');
		session.stop();
	});

	test('opening a new triage writes nothing until the first answer, and does not load the plan before the result', async () => {
		const store = new TestMemoryStore();
		const writes = countWrites(store);
		const session = await TriageSession.open(store, { now });
		await session.flush();
		await new Promise((r) => setTimeout(r, 20));
		expect(writes()).toBe(0);
		expect((await stored(store)).triage).toBeUndefined();
		session.send({ type: 'CONTINUE' });
		await session.flush();
		expect(writes()).toBe(1);
		expect((await stored(store)).triage?.snapshot).toMatchObject({ value: 'safety' });
		expect(session.plan).toBeUndefined();
		session.stop();
	});

	test('writes nothing inside the tap: the latest snapshot is saved once the tap is painted, or at once on flush', async () => {
		const store = new TestMemoryStore();
		const session = await TriageSession.open(store, { now });
		await session.flush();
		const writes = countWrites(store);
		session.send({ type: 'CONTINUE' });
		session.send({ type: 'ANSWER', value: 'no' });
		// The tap's own task and its microtasks: nothing read, checked or stored yet.
		await Promise.resolve();
		await Promise.resolve();
		expect(writes()).toBe(0);
		// After the paint, one write carries both transitions.
		await vi.waitFor(() => expect(writes()).toBe(1));
		await session.flush();
		expect((await stored(store)).triage?.snapshot).toMatchObject({ value: 'who' });
		// Leaving the page (flush) does not wait for a paint.
		session.send({ type: 'ANSWER', value: 'individual' });
		await session.flush();
		expect(writes()).toBe(2);
		expect((await stored(store)).triage?.snapshot).toMatchObject({ value: 'what' });
		session.stop();
	});

	test('a snapshot from another machine version starts afresh, says so, and keeps the rest of the incident', async () => {
		const store = new TestMemoryStore();
		const incident = await store.current();
		await store.put({
			...incident,
			details: { ...incident.details, os: 'Windows 11' },
			triage: { machineVersion: MACHINE_VERSION + 7, snapshot: { value: 'gone' }, savedAt: now().toISOString() }
		});
		const session = await TriageSession.open(store, { now });
		expect(session.discarded).toBe('version');
		expect(session.step).toBe('firstAid');
		await session.flush();
		const after = await stored(store);
		expect(after.details.os).toBe('Windows 11');
		expect(after.triage?.machineVersion).toBe(MACHINE_VERSION);
	});

	test('records when the user noticed', async () => {
		const store = new TestMemoryStore();
		const session = await TriageSession.open(store, { now });
		await session.setDiscoveredAt('2026-05-01T22:10:00.000Z');
		expect((await stored(store)).discoveredAt).toBe('2026-05-01T22:10:00.000Z');
		expect(session.discoveredAt).toBe('2026-05-01T22:10:00.000Z');
	});

	test('the time noticed, set by the tap that leaves the first aid, is written after that tap is painted', async () => {
		const store = new TestMemoryStore();
		const session = await TriageSession.open(store, { now });
		const writes = countWrites(store);
		// The plan's code is already loaded here, so only the wait for the paint can hold the write.
		await import('$lib/triage/plan');
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
		vi.stubGlobal('cancelAnimationFrame', () => {});
		try {
			const written = session.setDiscoveredAt('2026-05-01T22:10:00.000Z');
			// No frame painted yet: the first write (which loads the record's check and the plan's
			// code) has not started, and the screen already knows the time.
			await new Promise((r) => setTimeout(r, 50));
			expect(writes()).toBe(0);
			expect(session.discoveredAt).toBe('2026-05-01T22:10:00.000Z');
			for (const run of frames.splice(0)) run(0);
			await written;
			expect(writes()).toBe(1);
		} finally {
			vi.unstubAllGlobals();
		}
		expect((await stored(store)).discoveredAt).toBe('2026-05-01T22:10:00.000Z');
	});

	test('a failed save is reported and the triage goes on; the next save clears it', async () => {
		const store = new TestMemoryStore();
		const session = await TriageSession.open(store, { now });
		store.failWrites = true;
		session.send({ type: 'CONTINUE' });
		await session.flush();
		expect(session.saveFailed).toBe(true);
		expect(session.step).toBe('safety');
		store.failWrites = false;
		session.send({ type: 'ANSWER', value: 'no' });
		await session.flush();
		expect(session.saveFailed).toBe(false);
		expect((await stored(store)).triage?.snapshot).toMatchObject({ value: 'who' });
	});
});

describe('TriageSession with the profile’s answers', () => {
	test('a new triage starts with them; a reload resumes with them, and a saved triage is never changed by them', async () => {
		const store = new TestMemoryStore();
		const first = await TriageSession.open(store, { now, preset: { orgSupport: 'yes' } });
		for (const e of [{ type: 'CONTINUE' }, { type: 'ANSWER', value: 'no' }, { type: 'ANSWER', value: 'organisation' }, { type: 'ANSWER', value: 'malware' }] as const) first.send(e);
		expect(first.step).toBe('personalData');
		expect([...first.fromProfile]).toEqual(['orgSupport']);
		await first.flush();
		first.stop();

		// Reopened (a reload) without the profile's answers: everything comes from the saved triage.
		const again = await TriageSession.open(store, { now });
		expect(again.step).toBe('personalData');
		expect(again.answers.orgSupport).toBe('yes');
		expect([...again.fromProfile]).toEqual(['orgSupport']);
		again.send({ type: 'BACK' });
		expect(again.step).toBe('what');
	});
});
