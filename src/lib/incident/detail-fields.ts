import { m } from '$lib/paraglide/messages';
import type { Details } from './schema';

/** How one of the seven details is asked for on screen. */
export interface DetailField {
	label: () => string;
	help: () => string;
	examples: () => string;
	/** Free text over several lines (what happened), rather than a word or two (the OS). */
	multiline: boolean;
}

/**
 * The seven details of seed 000 「事前に情報を整理しましょう」 as the details page and the profile
 * (items 1–4) ask for them, in the seed's order. Keyed by the schema's own keys, so a detail added
 * to `Details` does not compile until it is given its words here.
 */
export const DETAIL_FIELDS: { readonly [K in keyof Details]: DetailField } = {
	deviceType: { label: m.incident_field_deviceType, help: m.incident_field_deviceType_help, examples: m.incident_field_deviceType_examples, multiline: false },
	os: { label: m.incident_field_os, help: m.incident_field_os_help, examples: m.incident_field_os_examples, multiline: false },
	securitySoftware: {
		label: m.incident_field_securitySoftware,
		help: m.incident_field_securitySoftware_help,
		examples: m.incident_field_securitySoftware_examples,
		multiline: false
	},
	cloudServices: { label: m.incident_field_cloudServices, help: m.incident_field_cloudServices_help, examples: m.incident_field_cloudServices_examples, multiline: false },
	whatHappened: { label: m.incident_field_whatHappened, help: m.incident_field_whatHappened_help, examples: m.incident_field_whatHappened_examples, multiline: true },
	whySuspected: { label: m.incident_field_whySuspected, help: m.incident_field_whySuspected_help, examples: m.incident_field_whySuspected_examples, multiline: true },
	desksConsulted: { label: m.incident_field_desksConsulted, help: m.incident_field_desksConsulted_help, examples: m.incident_field_desksConsulted_examples, multiline: true }
};

/** The fields for the given keys (all seven by default), each with its key, in the order given. */
export function detailFields<K extends keyof Details>(keys: readonly K[] = Object.keys(DETAIL_FIELDS) as K[]): (DetailField & { key: K })[] {
	return keys.map((key) => ({ key, ...DETAIL_FIELDS[key] }));
}
