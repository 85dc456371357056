import { describe, expect, it } from 'vitest';
import { MemoryIncidentStore } from '$lib/storage/memory-store';
import { IncidentNotFoundError, InvalidIncidentError } from '$lib/storage';

function store() {
	let n = 0;
	return new MemoryIncidentStore({ newId: () => `m-${++n}`, now: () => new Date('2026-06-01T00:00:00.000Z') });
}

describe('MemoryIncidentStore', () => {
	it('creates a current incident once, and lists it', async () => {
		const s = store();
		const a = await s.current();
		expect((await s.current()).id).toBe(a.id);
		expect(await s.currentId()).toBe('m-1');
		expect((await s.list()).map((r) => r.ok && r.incident.id)).toEqual(['m-1']);
	});

	it('validates writes and hands out copies, never its own records', async () => {
		const s = store();
		const a = await s.current();
		a.details.os = 'changed outside';
		expect((await s.current()).details.os).toBe('');
		await expect(s.put({ ...a, status: 'lost' } as never)).rejects.toBeInstanceOf(InvalidIncidentError);
		await expect(s.update('nope', (i) => i)).rejects.toBeInstanceOf(IncidentNotFoundError);
		const updated = await s.update(a.id, (i) => ({ ...i, details: { ...i.details, os: 'Windows 11' } }));
		expect(updated.details.os).toBe('Windows 11');
		await s.remove(a.id);
		expect(await s.currentId()).toBeUndefined();
		expect(await s.list()).toEqual([]);
	});

	it('keeps a damaged raw record listed as damaged', async () => {
		const s = store();
		await s.putRaw('bad', { schemaVersion: 1, id: 'bad' });
		const [read] = await s.list();
		expect(read?.ok).toBe(false);
	});
});
