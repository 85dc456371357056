import type { Usual } from './schema';

/**
 * Items 1–4 of the seven details, as the profile keeps them: the keys of `Usual` (a test holds the
 * two equal). Written out, not read from the schema, so the profile page and the prefill need no zod.
 */
export const USUAL_KEYS = ['deviceType', 'os', 'securitySoftware', 'cloudServices'] as const satisfies readonly (keyof Usual)[];

/**
 * Items 1–4 of a new incident's details from the profile's usual devices and services. Only empty
 * items are filled, so nothing the user typed is replaced. Generic over the details' shape, so the
 * profile needs no incident code.
 */
export function prefillDetails<D extends Usual>(details: D, usual: Usual | undefined): D {
	if (!usual) return details;
	const out = { ...details };
	for (const key of USUAL_KEYS) {
		if (out[key].trim() === '' && usual[key].trim() !== '') out[key] = usual[key];
	}
	return out;
}

/**
 * The change that starts a new incident from the profile: items 1–4 of an untouched incident's
 * details filled from `usual`, only where empty. Anything else is returned as it is.
 */
export function startFromUsual<I extends { createdAt: string; updatedAt: string; triage?: unknown; timeline: unknown[]; details: Usual }>(
	usual: Usual | undefined
): (incident: I) => I {
	return (incident) => (untouched(incident) ? { ...incident, details: prefillDetails(incident.details, usual) } : incident);
}

/** An incident nobody has touched yet: created and never saved since, with nothing in it. */
export function untouched(incident: { createdAt: string; updatedAt: string; triage?: unknown; timeline: unknown[] }): boolean {
	return incident.createdAt === incident.updatedAt && incident.triage === undefined && incident.timeline.length === 0;
}

/** The home page's reminder: a year since the contacts were last confirmed (or since the profile was made). */
export function reviewDue(profile: { reviewedAt?: string; updatedAt: string } | undefined, now: Date): boolean {
	if (!profile) return false;
	const since = new Date(profile.reviewedAt ?? profile.updatedAt);
	if (Number.isNaN(since.getTime())) return false;
	const due = new Date(since);
	due.setUTCFullYear(due.getUTCFullYear() + 1);
	return now >= due;
}
