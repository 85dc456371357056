import type { Locale } from '$lib/paraglide/runtime';
import type { EvidenceRef, Incident } from './schema';

/** 1234567 -> "1.2 MB"; decimal units, as phones show storage. */
export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** The photos and files named in an incident's timeline, oldest first, with when each was attached. */
export function evidenceList(incident: Incident): { at: string; text: string; ref: EvidenceRef }[] {
	return incident.timeline
		.filter((e) => e.evidence)
		.map((e) => ({ at: e.at, text: e.text, ref: e.evidence! }))
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
