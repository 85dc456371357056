import { Instant, type Details, type Sender } from './schema';
import { PlanOp } from '$lib/plan/schema';
import { DETAIL_KEYS, MAX_FIELD_CHARS } from './record-basics';
import type { Draft } from './incident-editor.svelte';

/**
 * The check of a draft read back from localStorage (zod for the dates and the plan's changes),
 * loaded by the editor only when a draft is there: opening a record with none does not load zod.
 */

const SENDER_KEYS = ['name', 'organisation', 'phone', 'email'] as const;

/**
 * Keeps the well-formed fields of a draft read back from storage, one by one, and names the rest:
 * a bad value never takes the good ones, or the page, with it.
 */
export function sanitize(raw: Record<string, unknown>): { fields: Draft; dropped: string[] } {
	const fields: Draft = {};
	const dropped: string[] = [];
	for (const [key, value] of Object.entries(raw)) {
		if ((DETAIL_KEYS as readonly string[]).includes(key)) {
			if (typeof value === 'string' && value.length <= MAX_FIELD_CHARS) fields[key as keyof Details] = value;
			else dropped.push(key);
		} else if (key === 'discoveredAt') {
			if (value === null || (typeof value === 'string' && Instant.safeParse(value).success)) fields.discoveredAt = value;
			else dropped.push(key);
		} else if (key === 'sender') {
			if (!value || typeof value !== 'object' || Array.isArray(value)) {
				dropped.push('sender');
				continue;
			}
			const s = value as Record<string, unknown>;
			const sender: Sender = {};
			for (const [k, v] of Object.entries(s)) {
				if ((SENDER_KEYS as readonly string[]).includes(k) && typeof v === 'string' && v.length <= MAX_FIELD_CHARS) {
					sender[k as keyof Sender] = v;
				} else dropped.push(`sender.${k}`);
			}
			if (Object.keys(sender).length) fields.sender = sender;
		} else if (key === 'plan') {
			// The plan's changes one by one: a damaged one is dropped and named, the others kept.
			if (!Array.isArray(value)) {
				dropped.push('plan');
				continue;
			}
			const ops: PlanOp[] = [];
			value.forEach((op, i) => {
				const parsed = PlanOp.safeParse(op);
				if (parsed.success) ops.push(parsed.data);
				else dropped.push(`plan.${i}`);
			});
			if (ops.length) fields.plan = ops;
		} else dropped.push(key);
	}
	return { fields, dropped };
}

