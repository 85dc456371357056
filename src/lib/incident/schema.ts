import { z } from '$lib/zod';
import { ContactHow, StoredPlan } from '$lib/plan/schema';
import { SCHEMA_VERSION } from './record-basics';

/**
 * The incident as stored on the device. Every read is validated against this schema; the
 * storage layer migrates older records up to SCHEMA_VERSION first.
 * Free text has no length limit below 1 MB: a user may paste a whole email, and we keep it.
 */
export { SCHEMA_VERSION, MAX_FIELD_CHARS, DETAIL_KEYS, emptyDetails, newIncident } from './record-basics';

const FreeText = z.string().max(1_000_000);
export const Instant = z.iso.datetime({ offset: true });

/**
 * A photo or file kept as evidence (証拠). The bytes live in IndexedDB's 'evidence' store beside the
 * incident (src/lib/storage/evidence-store.ts); the record keeps what identifies them, so the
 * summary, the documents and an export name each file and its SHA-256 without reading the bytes.
 */
export const EvidenceRef = z.object({
	id: z.string().min(1),
	name: z.string().min(1).max(1000),
	type: z.string().max(200),
	size: z.number().int().nonnegative(),
	/** Lowercase hex SHA-256 of the bytes, taken when the file was attached. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/)
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/** One line of the timeline: what was seen, what followed, what was done, with when. */
export const TimelineEntry = z.object({
	id: z.string().min(1),
	at: Instant,
	text: FreeText,
	/** quick-note: the 「記録する」 button; the others are written from the details screen. */
	kind: z.enum(['quick-note', 'seen', 'followed', 'done']),
	/** Added after version 1 shipped; optional, so no schema version bump. A photo or file attached. */
	evidence: EvidenceRef.optional()
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The seven items seed 000 asks to prepare before contacting a desk (「事前に情報を整理しましょう」). */
export const Details = z.object({
	deviceType: FreeText,
	os: FreeText,
	securitySoftware: FreeText,
	cloudServices: FreeText,
	whatHappened: FreeText,
	whySuspected: FreeText,
	desksConsulted: FreeText
});
export type Details = z.infer<typeof Details>;

export const ContactRecord = z.object({
	id: z.string().min(1),
	/** A desk's file name; a desk removed later still names itself by this id. */
	deskId: z.string().regex(/^[a-z0-9-]+$/),
	at: Instant,
	reference: FreeText,
	outcome: FreeText,
	/** Added after version 1 shipped; optional, so no schema version bump. By phone, web form, mail, in person. */
	how: ContactHow.optional()
});
export type ContactRecord = z.infer<typeof ContactRecord>;

/** The triage statechart's persisted snapshot, with the machine version it was taken from. */
export const SavedTriage = z.object({
	machineVersion: z.number().int().nonnegative(),
	snapshot: z.unknown(),
	savedAt: Instant
});
export type SavedTriage = z.infer<typeof SavedTriage>;

/** How the desk can reach the user, typed once on the summary screen; every part optional. */
export const Sender = z.object({
	name: FreeText.optional(),
	organisation: FreeText.optional(),
	phone: FreeText.optional(),
	email: FreeText.optional()
});
export type Sender = z.infer<typeof Sender>;

export const Incident = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	id: z.string().min(1),
	createdAt: Instant,
	updatedAt: Instant,
	/** When the user noticed it; deadlines (PPC) count from here. */
	discoveredAt: Instant.optional(),
	status: z.enum(['open', 'closed']),
	triage: SavedTriage.optional(),
	details: Details,
	timeline: z.array(TimelineEntry),
	contacts: z.array(ContactRecord),
	/** Added after version 1 shipped; optional, so no schema version bump. */
	sender: Sender.optional(),
	/**
	 * Added after version 1 shipped; optional, so no schema version bump. The plan built from the
	 * triage (src/lib/plan): read item by item, so a damaged desk, step or date is dropped and
	 * counted (plan.damagedItems) and never makes the incident unreadable.
	 */
	plan: StoredPlan.optional()
});
export type Incident = z.infer<typeof Incident>;

/** A record as read back: valid, or kept as it was with the reason it failed. Never thrown away. */
export type StoredIncident =
	| { ok: true; incident: Incident }
	| { ok: false; id: string; raw: unknown; error: string };
