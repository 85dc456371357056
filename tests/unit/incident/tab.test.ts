import { describe, expect, it } from 'vitest';
import { MemoryIncidentStore } from '$lib/storage/memory-store';
import { openTabIncident, tabIncidentId, type TabIncident } from '$lib/incident/tab';
import type { Incident } from '$lib/incident/schema';

function tabWith(initial?: string): TabIncident & { id: string | undefined } {
	const tab = {
		id: initial,
		get: () => tab.id,
		set: (id: string) => {
			tab.id = id;
		}
	};
	return tab;
}

describe("the tab's incident (one rule: this tab's, else the current one)", () => {
	it('a tab without one gets the current incident and keeps it, even after another tab starts a new one', async () => {
		const store = new MemoryIncidentStore();
		const tab = tabWith();
		const { incident: first } = await openTabIncident(store, { tab });
		expect(tab.id).toBe(first.id);
		await store.setCurrent(null);
		const other = await store.current();
		expect(other.id).not.toBe(first.id);
		expect((await openTabIncident(store, { tab })).incident.id).toBe(first.id);
		expect(await tabIncidentId(store, tab)).toBe(first.id);
		// Without a tab (storage blocked): the current one, and nothing is fixed.
		expect((await openTabIncident(store)).incident.id).toBe(other.id);
		expect(await tabIncidentId(store, undefined)).toBe(other.id);
	});

	it("a tab whose incident is gone goes on with the current one, and fixes that", async () => {
		const store = new MemoryIncidentStore();
		const current = await store.current();
		const tab = tabWith('deleted-elsewhere');
		const opened = await openTabIncident(store, { tab });
		expect(opened.incident.id).toBe(current.id);
		expect(opened.damaged).toBeUndefined();
		expect(tab.id).toBe(current.id);
	});

	it('reports an unreadable incident by id and opens another', async () => {
		const store = new MemoryIncidentStore();
		const current = await store.current();
		await store.putRaw('broken', { nonsense: true });
		const opened = await openTabIncident(store, { tab: tabWith('broken') });
		expect(opened.damaged).toBe('broken');
		expect(opened.incident.id).toBe(current.id);
	});

	it('prefills only when the change changes something, and a failing prefill leaves the incident as it is', async () => {
		const store = new MemoryIncidentStore();
		const fill = (i: Incident): Incident => ({ ...i, details: { ...i.details, os: 'iOS' } });
		const { incident } = await openTabIncident(store, { prefill: async () => fill });
		expect(incident.details.os).toBe('iOS');
		expect((await store.current()).details.os).toBe('iOS');
		const failing = await openTabIncident(store, {
			prefill: async () => {
				throw new Error('profile unreadable');
			}
		});
		expect(failing.incident.id).toBe(incident.id);
		let calls = 0;
		const same = (i: Incident) => {
			calls += 1;
			return i;
		};
		const before = (await store.current()).updatedAt;
		await openTabIncident(store, { prefill: async () => same });
		expect(calls).toBe(1);
		expect((await store.current()).updatedAt).toBe(before);
	});
});
