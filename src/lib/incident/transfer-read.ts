import { z } from '$lib/zod';
import { migrateRecord } from './migrations';
import { Incident } from './schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ImportProblem, type ImportResult } from './transfer';

/**
 * Reading an export file: its envelope and every record checked (zod). Loaded when a file is
 * read (the list's import, an archive), not with the list.
 */

export const DamagedEntry = z.object({
	damaged: z.literal(true),
	id: z.string().min(1),
	error: z.string(),
	raw: z.unknown()
});
export type DamagedEntry = z.infer<typeof DamagedEntry>;

const Envelope = z.object({
	format: z.literal(EXPORT_FORMAT),
	version: z.number().int(),
	exportedAt: z.iso.datetime({ offset: true }),
	incidents: z.array(z.unknown()),
	profile: z.unknown().optional()
});

const idOf = (entry: unknown) =>
	entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string'
		? (entry as { id: string }).id
		: undefined;

/**
 * Checks an export file completely before anything is written: one bad incident refuses the
 * whole file, naming the incident (1-based position and id) and the field.
 */
export function parseImport(text: string): ImportResult {
	if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: { kind: 'not-json' } };
	}
	const envelope = Envelope.safeParse(data);
	if (!envelope.success) return { ok: false, problem: { kind: 'wrong-format' } };
	const { version, exportedAt, incidents: entries, profile } = envelope.data;
	if (version > EXPORT_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
	if (version < 1) return { ok: false, problem: { kind: 'wrong-format' } };

	const incidents: Incident[] = [];
	const damaged: DamagedEntry[] = [];
	const damagedPlans: { id: string; dropped: number }[] = [];
	const seen = new Set<string>();
	for (const [i, entry] of entries.entries()) {
		const index = i + 1;
		const id = idOf(entry);
		if (entry && typeof entry === 'object' && (entry as { damaged?: unknown }).damaged === true) {
			const parsed = DamagedEntry.safeParse(entry);
			if (!parsed.success) return { ok: false, problem: invalid(index, id, parsed.error) };
			damaged.push(parsed.data);
		} else {
			const migrated = migrateRecord(entry);
			if (!migrated.ok) {
				return { ok: false, problem: { kind: 'invalid-incident', index, id, field: 'schemaVersion', message: migrated.error } };
			}
			const parsed = Incident.safeParse(migrated.record);
			if (!parsed.success) return { ok: false, problem: invalid(index, id, parsed.error) };
			incidents.push(parsed.data);
			// A damaged plan item is dropped as the incident is read (src/lib/plan/schema.ts StoredPlan): counted here for the notice.
			const dropped = (parsed.data.plan?.damagedItems ?? 0) - damagedBefore(migrated.record);
			if (dropped > 0) damagedPlans.push({ id: parsed.data.id, dropped });
		}
		if (id !== undefined) {
			if (seen.has(id)) return { ok: false, problem: { kind: 'duplicate-id', id } };
			seen.add(id);
		}
	}
	return {
		ok: true,
		contents: { exportedAt, incidents, damaged, ...(profile === undefined ? {} : { profile }), ...(damagedPlans.length ? { damagedPlans } : {}) }
	};
}

/** The count of damaged plan items a record already carried (a notice not yet dismissed). */
function damagedBefore(record: unknown): number {
	const plan = (record as { plan?: unknown }).plan;
	const n = plan && typeof plan === 'object' ? (plan as { damagedItems?: unknown }).damagedItems : undefined;
	return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

function invalid(index: number, id: string | undefined, error: z.ZodError): ImportProblem {
	const issue = error.issues[0];
	return {
		kind: 'invalid-incident',
		index,
		id,
		field: issue && issue.path.length ? issue.path.join('.') : '(whole record)',
		message: issue?.message ?? 'invalid'
	};
}

