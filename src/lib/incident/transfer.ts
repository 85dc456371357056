import type { Incident, StoredIncident } from './schema';
import type { DamagedEntry } from './transfer-read';
import { escapeBidiJson, showBidi } from '$lib/content/bidi';

/*
 * Export and the import's choices. Reading a file (parseImport, with zod) is ./transfer-read.ts,
 * loaded when a file is read: the list of records does not load zod for it.
 */

export const EXPORT_FORMAT = 'shodo-navi-export';
export const EXPORT_VERSION = 1;

/** A record the app could not read, exported as it was so that nothing is lost. */
/** An entry kept as it was read: a record that failed its check (its schema is in ./transfer-read.ts). */
export type { DamagedEntry };

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	incidents: (Incident | DamagedEntry)[];
	/** The profile (平時の備え) as stored; its owner (src/lib/profile) validates it on import. */
	profile?: unknown;
}

export function buildExport(stored: readonly StoredIncident[], now: Date, profile?: unknown): ExportFile {
	return {
		...(profile === undefined ? {} : { profile }),
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		incidents: stored.map((s) =>
			s.ok ? s.incident : { damaged: true as const, id: s.id, error: s.error, raw: s.raw }
		)
	};
}

/**
 * The export file as text. A record JSON cannot write (a BigInt, a cycle: only a damaged record
 * can hold one) is left out and named in `skipped`; everything else is exported.
 */
export function serialiseExport(stored: readonly StoredIncident[], now: Date, profile?: unknown): { text: string; skipped: string[] } {
	const file = buildExport(stored, now, profile);
	const parts: string[] = [];
	const skipped: string[] = [];
	for (const entry of file.incidents) {
		try {
			const json = JSON.stringify(entry, null, 2);
			if (json === undefined) throw new TypeError('not serialisable');
			parts.push(json.replace(/\n/g, '\n    '));
		} catch {
			skipped.push(entry.id);
		}
	}
	let head = JSON.stringify({ format: file.format, version: file.version, exportedAt: file.exportedAt }, null, 2);
	if (file.profile !== undefined) {
		try {
			head = JSON.stringify({ profile: file.profile, format: file.format, version: file.version, exportedAt: file.exportedAt }, null, 2);
		} catch {
			skipped.push('profile');
		}
	}
	const text = `${head.slice(0, -2)},\n  "incidents": [${parts.length ? `\n    ${parts.join(',\n    ')}\n  ` : ''}]\n}`;
	return { text: escapeBidiJson(text), skipped };
}

export function exportFileName(now: Date): string {
	return `shodo-navi-${now.toISOString().slice(0, 10)}.json`;
}

/** Why a file was refused; the UI words each kind for people. */
export type ImportProblem =
	| { kind: 'empty' }
	| { kind: 'not-json' }
	| { kind: 'wrong-format' }
	| { kind: 'newer-version'; version: number }
	| { kind: 'invalid-incident'; index: number; id?: string; field: string; message: string }
	| { kind: 'duplicate-id'; id: string };

export interface ImportContents {
	exportedAt: string;
	incidents: Incident[];
	damaged: DamagedEntry[];
	/** The profile in the file, raw; undefined when it has none. */
	profile?: unknown;
	/** Incidents whose plan had damaged items: read without them (the rest kept), for a notice. */
	damagedPlans?: { id: string; dropped: number }[];
}

export type ImportResult = { ok: true; contents: ImportContents } | { ok: false; problem: ImportProblem };

export type ConflictChoice = 'keep-mine' | 'replace' | 'keep-both';

export interface Conflict {
	id: string;
	mine: StoredIncident;
	theirs: Incident | DamagedEntry;
}

/** Same id, different content. An identical copy is not a conflict: importing it changes nothing. */
export function findConflicts(contents: ImportContents, existing: readonly StoredIncident[]): Conflict[] {
	const byId = new Map(existing.map((s) => [s.ok ? s.incident.id : s.id, s]));
	const out: Conflict[] = [];
	for (const theirs of [...contents.incidents, ...contents.damaged]) {
		const mine = byId.get(theirs.id);
		if (!mine) continue;
		const same =
			'damaged' in theirs
				? !mine.ok && sameJson(mine.raw, theirs.raw)
				: mine.ok && sameJson(mine.incident, theirs);
		if (!same) out.push({ id: theirs.id, mine, theirs });
	}
	return out;
}

/** Equal as JSON, whatever the order of keys. */
function sameJson(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
			: v
	);
}

export interface ImportPlan {
	put: Incident[];
	putRaw: { id: string; raw: unknown }[];
	skipped: string[];
}

/**
 * What to write, given the user's choice for each conflict. Unanswered conflicts keep mine:
 * nothing on the device is overwritten without asking.
 */
export function planImport(
	contents: ImportContents,
	existing: readonly StoredIncident[],
	choices: Readonly<Record<string, ConflictChoice>>,
	newId: () => string
): ImportPlan {
	const present = new Set(existing.map((s) => (s.ok ? s.incident.id : s.id)));
	const conflicts = new Set(findConflicts(contents, existing).map((c) => c.id));
	const plan: ImportPlan = { put: [], putRaw: [], skipped: [] };
	const place = (id: string): string | undefined => {
		if (!present.has(id)) return id;
		if (!conflicts.has(id)) return undefined; // identical copy already here
		const choice = choices[id] ?? 'keep-mine';
		if (choice === 'replace') return id;
		if (choice === 'keep-both') return newId();
		return undefined;
	};
	for (const incident of contents.incidents) {
		const id = place(incident.id);
		if (id === undefined) plan.skipped.push(incident.id);
		else plan.put.push(id === incident.id ? incident : { ...incident, id });
	}
	for (const entry of contents.damaged) {
		const id = place(entry.id);
		if (id === undefined) plan.skipped.push(entry.id);
		else {
			const raw =
				id !== entry.id && entry.raw && typeof entry.raw === 'object' && !Array.isArray(entry.raw)
					? { ...entry.raw, id }
					: entry.raw;
			plan.putRaw.push({ id, raw });
		}
	}
	return plan;
}

/** The one-line label of an incident for lists and conflict questions. */
export function incidentTitle(stored: StoredIncident | Incident, max = 60): string {
	const incident = 'ok' in stored ? (stored.ok ? stored.incident : undefined) : stored;
	const text = incident?.details.whatHappened.trim() ?? '';
	const firstLine = showBidi(text.split(/\r?\n/, 1)[0] ?? '');
	return [...firstLine].length > max ? [...firstLine].slice(0, max).join('') + '…' : firstLine;
}
