import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentEditor, draftKey } from '$lib/incident/incident-editor.svelte';
import { openIncidentStore, type ShodoIncidentStore } from '$lib/storage';
import { TriageSession } from '$lib/triage/triage-session.svelte';
import { buildPlan } from '$lib/triage/plan';
import { deskStatus } from '$lib/plan/plan';
import { question, type Answers } from '$lib/triage/flow';
import { triageTree } from '$lib/content/triage';
import { MemoryDrafts } from '../../fixtures/drafts';
import { frames } from '../../fixtures/frames';
import { TestMemoryStore } from '../../fixtures/memory-store';

const NOW = new Date('2026-12-06T03:00:00.000Z');
const account: Answers = { safety: 'no', who: 'individual', what: 'account-takeover' };

const realPut = IDBObjectStore.prototype.put;
let store: ShodoIncidentStore;
let n = 0;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	store = await openIncidentStore('plan-storage', { newId: () => `id-${++n}` });
});
afterEach(() => {
	IDBObjectStore.prototype.put = realPut;
	store.close();
});

async function stored(s: ShodoIncidentStore, id: string) {
	const read = await s.get(id);
	if (!read?.ok) throw new Error('not stored');
	return read.incident;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An incident with a plan for `answers`, as the triage leaves it. */
async function withPlan(s: ShodoIncidentStore, answers: Answers = account) {
	const incident = await s.current();
	return s.update(incident.id, (i) => ({ ...i, plan: buildPlan({ answers, now: NOW }) }));
}

/** Answers every question on the way to the result: `answers` where given, else the first option. */
function toResult(session: TriageSession, answers: Answers) {
	session.send({ type: 'CONTINUE' });
	for (let i = 0; i < 30 && session.step !== 'result'; i++) {
		const q = question(triageTree, session.step);
		if (q) session.send({ type: 'ANSWER', value: answers[q.id] ?? q.options[0]!.value });
		else session.send({ type: 'CONTINUE' });
	}
	expect(session.step).toBe('result');
}

describe('the plan through the editor', () => {
	test('a tick is on screen at once, in the draft at once, and stored within the write-through time', async () => {
		const incident = await withPlan(store);
		const drafts = new MemoryDrafts();
		const editor = new IncidentEditor(store, { drafts, delay: 10, maxWait: 40 });
		await editor.load();
		const step = incident.plan!.steps[0]!.id;
		editor.tickStep(step, true, NOW);
		expect(editor.incident!.plan!.steps[0]!.doneAt).toBe(NOW.toISOString());
		expect(JSON.parse(drafts.map.get(draftKey(incident.id))!).plan).toEqual([{ op: 'tick', id: step, done: true, at: NOW.toISOString() }]);
		await vi.waitFor(async () => expect((await stored(store, incident.id)).plan!.steps[0]!.doneAt).toBe(NOW.toISOString()), { timeout: 200 });
		await editor.flush();
		expect(drafts.map.get(draftKey(incident.id))).toBeUndefined();
		expect(editor.saveState).toBe('saved');
	});

	test('a tick is written as soon as its frame is painted: no typing delay, so a browser killed just after finds it', async () => {
		const incident = await withPlan(store);
		const f = frames();
		const editor = new IncidentEditor(store, { delay: 60_000, maxWait: 60_000, afterPaint: f.afterPaint });
		await editor.load();
		const step = incident.plan!.steps[0]!.id;
		editor.tickStep(step, true, NOW);
		await sleep(20);
		// Not inside the tap's own frame...
		expect((await stored(store, incident.id)).plan!.steps[0]!.doneAt).toBeUndefined();
		f.paint();
		// ...and right after it, although a key would wait a minute here.
		await vi.waitFor(async () => expect((await stored(store, incident.id)).plan!.steps[0]!.doneAt).toBe(NOW.toISOString()), { timeout: 500 });
	});

	test('a tick made while a write is under way is written when that write ends, without waiting for another frame', async () => {
		const incident = await withPlan(store);
		const f = frames();
		const editor = new IncidentEditor(store, { delay: 10, afterPaint: f.afterPaint });
		await editor.load();
		const [first, second] = incident.plan!.steps.map((s) => s.id);
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const update = store.update.bind(store);
		let writes = 0;
		store.update = async (...args) => {
			if (++writes === 1) await gate;
			return update(...args);
		};
		editor.tickStep(first!, true, NOW);
		f.paint();
		await vi.waitFor(() => expect(writes).toBe(1));
		// The first write is held; this tick waits behind it, and no frame is painted from now on.
		editor.tickStep(second!, true, NOW);
		release();
		await vi.waitFor(async () => expect((await stored(store, incident.id)).plan!.steps[1]!.doneAt).toBe(NOW.toISOString()), { timeout: 500 });
		expect(writes).toBe(2);
	});

	test('a tab killed before the write: the tick in the draft is written when the page opens again', async () => {
		const incident = await withPlan(store);
		const drafts = new MemoryDrafts();
		// Killed before the tap's frame was painted: its write never started.
		const killed = new IncidentEditor(store, { drafts, delay: 60_000, afterPaint: () => () => {} });
		await killed.load();
		const desk = incident.plan!.desks[0]!.deskId;
		const step = incident.plan!.steps[1]!.id;
		killed.tickStep(step, true, NOW);
		killed.setDeskState(desk, 'waiting', '2026-12-08T06:00:00.000Z', NOW);
		// Nothing reached the store; the tab dies now.
		expect((await stored(store, incident.id)).plan!.steps[1]!.doneAt).toBeUndefined();
		const reopened = new IncidentEditor(store, { drafts });
		await reopened.load();
		const after = await stored(store, incident.id);
		expect(after.plan!.steps[1]!.doneAt).toBe(NOW.toISOString());
		expect(after.plan!.desks[0]).toMatchObject({ state: 'waiting', replyBy: '2026-12-08T06:00:00.000Z' });
		expect(drafts.map.get(draftKey(incident.id))).toBeUndefined();
	});

	test('two tabs ticking different steps: both ticks are stored, and each tab shows both after a refresh', async () => {
		const incident = await withPlan(store);
		const a = new IncidentEditor(store, { drafts: new MemoryDrafts() });
		const b = new IncidentEditor(store, { drafts: new MemoryDrafts() });
		await a.load();
		await b.load();
		const [s1, s2] = incident.plan!.steps.map((s) => s.id);
		a.tickStep(s1!, true, NOW);
		b.tickStep(s2!, true, NOW);
		await Promise.all([a.flush(), b.flush()]);
		const after = await stored(store, incident.id);
		expect(after.plan!.steps.filter((s) => s.doneAt).map((s) => s.id)).toEqual([s1, s2]);
		await a.refresh();
		expect(a.incident!.plan!.steps.filter((s) => s.doneAt).map((s) => s.id)).toEqual([s1, s2]);
	});

	test('a full disk keeps the tick on screen and in the draft, says so, and writes it once there is room', async () => {
		const incident = await withPlan(store);
		const drafts = new MemoryDrafts();
		const editor = new IncidentEditor(store, { drafts });
		await editor.load();
		const step = incident.plan!.steps[0]!.id;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		editor.tickStep(step, true, NOW);
		await editor.flush();
		expect(editor.saveState).toBe('full');
		expect(editor.incident!.plan!.steps[0]!.doneAt).toBe(NOW.toISOString());
		expect(JSON.parse(drafts.map.get(draftKey(incident.id))!).plan).toHaveLength(1);
		expect((await stored(store, incident.id)).plan!.steps[0]!.doneAt).toBeUndefined();
		IDBObjectStore.prototype.put = realPut;
		editor.addPlanDate({ kind: 'own', date: '2026-12-24', label: '保険会社に書類' });
		await editor.flush();
		const after = await stored(store, incident.id);
		expect(after.plan!.steps[0]!.doneAt).toBe(NOW.toISOString());
		expect(after.plan!.dates.map((d) => d.label)).toContain('保険会社に書類');
		expect(editor.saveState).toBe('saved');
		expect(drafts.map.get(draftKey(incident.id))).toBeUndefined();
	});

	test('recording a contact on the details page moves that desk to contacted, with how and the reference; nothing else is entered', async () => {
		const incident = await withPlan(store);
		const editor = new IncidentEditor(store, { drafts: new MemoryDrafts() });
		await editor.load();
		const desk = incident.plan!.desks[0]!.deskId;
		expect(deskStatus(editor.incident!.plan!, editor.incident!.contacts, desk, NOW).status).toBe('not-yet');
		expect(await editor.addContact({ deskId: desk, at: NOW.toISOString(), reference: 'R-1', outcome: '', how: 'web' })).toBe(true);
		const after = await stored(store, incident.id);
		expect(after.plan).toEqual(incident.plan);
		expect(deskStatus(after.plan!, after.contacts, desk, NOW)).toMatchObject({ status: 'contacted', last: { how: 'web', reference: 'R-1' } });
	});

	test('a damaged change in the draft is dropped with a notice; the good ones are written', async () => {
		const incident = await withPlan(store);
		const drafts = new MemoryDrafts();
		const step = incident.plan!.steps[0]!.id;
		drafts.setItem(draftKey(incident.id), JSON.stringify({ plan: [{ op: 'tick', id: step, done: 'yes' }, { op: 'tick', id: step, done: true, at: NOW.toISOString() }] }));
		const editor = new IncidentEditor(store, { drafts });
		await editor.load();
		expect(editor.notices).toEqual([{ kind: 'draft-dropped', fields: ['plan.0'] }]);
		expect((await stored(store, incident.id)).plan!.steps[0]!.doneAt).toBe(NOW.toISOString());
	});

	test('a damaged plan in the store is read with the rest, and the count is dismissed through the editor', async () => {
		const incident = await withPlan(store);
		await store.putRaw(incident.id, { ...incident, plan: { ...incident.plan, steps: ['junk', ...incident.plan!.steps] } });
		const editor = new IncidentEditor(store, { drafts: new MemoryDrafts() });
		await editor.load();
		expect(editor.incident!.plan!.damagedItems).toBe(1);
		expect(editor.incident!.plan!.steps).toEqual(incident.plan!.steps);
		editor.dismissPlanDamage();
		await editor.flush();
		expect((await stored(store, incident.id)).plan!.damagedItems).toBeUndefined();
	});
});

describe('the plan and the triage', () => {
	test('reaching the result builds the plan in the same write as the snapshot; changing an answer rebuilds it keeping what was done', async () => {
		const memory = new TestMemoryStore();
		const session = await TriageSession.open(memory, { now: () => NOW });
		toResult(session, { ...account });
		await session.flush();
		const first = (await memory.current()).plan!;
		expect(first.steps.map((s) => s.id)).toEqual(buildPlan({ answers: session.answers, now: NOW }).steps.map((s) => s.id));
		expect(session.plan).toEqual(first);
		// A step ticked in the details page.
		const id = (await memory.current()).id;
		const ticked = first.steps[0]!.id;
		await memory.update(id, (i) => ({ ...i, plan: { ...i.plan!, steps: i.plan!.steps.map((s) => (s.id === ticked ? { ...s, doneAt: NOW.toISOString() } : s)) } }));
		session.send({ type: 'EDIT', step: 'what' });
		session.send({ type: 'ANSWER', value: 'spam' });
		for (let i = 0; i < 10 && session.step !== 'result'; i++) {
			const q = question(triageTree, session.step);
			session.send(q ? { type: 'ANSWER', value: q.options[0]!.value } : { type: 'CONTINUE' });
		}
		expect(session.step).toBe('result');
		await session.flush();
		const rebuilt = (await memory.current()).plan!;
		expect(rebuilt.steps.find((s) => s.id === ticked)?.doneAt).toBe(NOW.toISOString());
		const fresh = buildPlan({ answers: session.answers, now: NOW });
		for (const d of fresh.desks) expect(rebuilt.desks.find((x) => x.deskId === d.deskId)).toBeDefined();
		expect(rebuilt.desks.some((d) => d.isNew)).toBe(true);
	});

	test('a result saved before plans existed gets its plan when the triage opens', async () => {
		const memory = new TestMemoryStore();
		const session = await TriageSession.open(memory, { now: () => NOW });
		toResult(session, account);
		await session.flush();
		session.stop();
		const id = (await memory.current()).id;
		await memory.update(id, (i) => {
			const { plan: _p, ...rest } = i;
			return rest;
		});
		const again = await TriageSession.open(memory, { now: () => NOW });
		await again.flush();
		expect((await memory.current()).plan?.steps.length).toBeGreaterThan(0);
	});
});
