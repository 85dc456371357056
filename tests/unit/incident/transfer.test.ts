import { describe, expect, it } from 'vitest';
import {
	buildExport,
	findConflicts,
	planImport,
	incidentTitle,
	serialiseExport,
	type ImportContents
} from '$lib/incident/transfer';
import { parseImport } from '$lib/incident/transfer-read';
import type { StoredIncident } from '$lib/incident/schema';
import { NOW, ransomCase } from '../../fixtures/incidents';

const damaged: StoredIncident = { ok: false, id: 'dmg', raw: { id: 'dmg', details: 7 }, error: 'details: expected object' };

function exported(stored: StoredIncident[] = [{ ok: true, incident: ransomCase() }, damaged]) {
	return JSON.stringify(buildExport(stored, NOW));
}

function contents(text: string): ImportContents {
	const r = parseImport(text);
	if (!r.ok) throw new Error(JSON.stringify(r.problem));
	return r.contents;
}

describe('buildExport and parseImport', () => {
	it('round-trips valid and damaged records', () => {
		const file = JSON.parse(exported());
		expect(file).toMatchObject({ format: 'shodo-navi-export', version: 1, exportedAt: NOW.toISOString() });
		const c = contents(exported());
		expect(c.incidents).toEqual([ransomCase()]);
		expect(c.damaged).toEqual([{ damaged: true, id: 'dmg', error: 'details: expected object', raw: { id: 'dmg', details: 7 } }]);
	});

	it('refuses an empty file and a file that is not JSON', () => {
		expect(parseImport('  ')).toEqual({ ok: false, problem: { kind: 'empty' } });
		expect(parseImport('{"format": ')).toEqual({ ok: false, problem: { kind: 'not-json' } });
		expect(parseImport('<html></html>')).toEqual({ ok: false, problem: { kind: 'not-json' } });
	});

	it('refuses JSON of another shape', () => {
		for (const text of ['[]', '{}', '{"format":"other","version":1,"exportedAt":"2026-01-01T00:00:00Z","incidents":[]}', '42']) {
			expect(parseImport(text)).toEqual({ ok: false, problem: { kind: 'wrong-format' } });
		}
		const noList = JSON.stringify({ ...JSON.parse(exported()), incidents: 'x' });
		expect(parseImport(noList)).toEqual({ ok: false, problem: { kind: 'wrong-format' } });
	});

	it('refuses a file from a newer version', () => {
		const newer = JSON.stringify({ ...JSON.parse(exported()), version: 2 });
		expect(parseImport(newer)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2 } });
	});

	it('names the incident and the field that is wrong', () => {
		const file = JSON.parse(exported());
		file.incidents.push({ ...ransomCase(), id: 'second', details: { ...ransomCase().details, os: 11 } });
		const r = parseImport(JSON.stringify(file));
		expect(r).toEqual({
			ok: false,
			problem: expect.objectContaining({ kind: 'invalid-incident', index: 3, id: 'second', field: 'details.os' })
		});
	});

	it('refuses a damaged entry without an id, and the same id twice', () => {
		const file = JSON.parse(exported());
		file.incidents.push({ damaged: true, error: 'x', raw: {} });
		expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalid-incident', index: 3, field: 'id' } });
		const twice = JSON.parse(exported());
		twice.incidents.push(ransomCase());
		expect(parseImport(JSON.stringify(twice))).toEqual({ ok: false, problem: { kind: 'duplicate-id', id: 'case-1' } });
	});

	it('migrates an older record inside the file', () => {
		const { schemaVersion: _v, contacts: _c, ...old } = ransomCase();
		const file = JSON.parse(exported([]));
		file.incidents.push(old);
		expect(contents(JSON.stringify(file)).incidents[0]).toMatchObject({ id: 'case-1', schemaVersion: 1, contacts: [] });
	});
});

describe('conflicts', () => {
	const mineChanged = () => {
		const i = ransomCase();
		i.details.os = 'Windows 10';
		return i;
	};

	it('finds an incident present with different content, and not an identical one', () => {
		const c = contents(exported());
		expect(findConflicts(c, [{ ok: true, incident: ransomCase() }])).toEqual([]);
		const conflicts = findConflicts(c, [{ ok: true, incident: mineChanged() }, damaged]);
		expect(conflicts.map((x) => x.id)).toEqual(['case-1']);
	});

	it('keeps mine unless told otherwise, replaces or keeps both when asked', () => {
		const c = contents(exported());
		const existing: StoredIncident[] = [{ ok: true, incident: mineChanged() }];
		const keep = planImport(c, existing, {}, () => 'new-id');
		expect(keep.put).toEqual([]);
		expect(keep.skipped).toEqual(['case-1']);
		expect(keep.putRaw).toEqual([{ id: 'dmg', raw: { id: 'dmg', details: 7 } }]);

		const replace = planImport(c, existing, { 'case-1': 'replace' }, () => 'new-id');
		expect(replace.put).toEqual([ransomCase()]);

		const both = planImport(c, existing, { 'case-1': 'keep-both' }, () => 'new-id');
		expect(both.put).toEqual([{ ...ransomCase(), id: 'new-id' }]);
	});

	it('skips an identical copy without asking', () => {
		const c = contents(exported());
		const plan = planImport(c, [{ ok: true, incident: ransomCase() }, damaged], {}, () => 'n');
		expect(plan).toEqual({ put: [], putRaw: [], skipped: ['case-1', 'dmg'] });
	});
});

describe('incidentTitle', () => {
	it('takes the first line of what happened, shortened', () => {
		const i = ransomCase();
		i.details.whatHappened = 'a'.repeat(100) + '\nsecond';
		expect(incidentTitle(i, 10)).toBe('aaaaaaaaaa…');
		expect(incidentTitle(damaged)).toBe('');
	});
});

describe('serialiseExport', () => {
	it('skips a record JSON cannot write, names it, and exports the rest', () => {
		const cyclic: Record<string, unknown> = { id: 'cyc' };
		cyclic.self = cyclic;
		const stored: StoredIncident[] = [
			{ ok: true, incident: ransomCase() },
			{ ok: false, id: 'big', raw: { id: 'big', n: 10n }, error: 'bad' },
			{ ok: false, id: 'cyc', raw: cyclic, error: 'bad' },
			damaged
		];
		const { text, skipped } = serialiseExport(stored, NOW);
		expect(skipped).toEqual(['big', 'cyc']);
		const c = contents(text);
		expect(c.incidents).toEqual([ransomCase()]);
		expect(c.damaged.map((d) => d.id)).toEqual(['dmg']);
		expect(JSON.parse(text)).toEqual(JSON.parse(exported()));
		const lostRecords = stored.length - skipped.length - c.incidents.length - c.damaged.length;
		expect(lostRecords).toBe(0);
	});

	it('writes an empty list as valid JSON', () => {
		expect(contents(serialiseExport([], NOW).text)).toMatchObject({ incidents: [], damaged: [] });
	});
});
