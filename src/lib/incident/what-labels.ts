import { m } from '$lib/paraglide/messages';
import type { WhatKind } from './triage-hints';

const LABELS: Record<WhatKind, () => string> = {
	ransomware: m.incident_what_ransomware,
	'suspicious-email': m.incident_what_suspicious_email,
	'targeted-email': m.incident_what_targeted_email,
	bec: m.incident_what_bec,
	phishing: m.incident_what_phishing,
	'account-takeover': m.incident_what_account_takeover,
	'support-scam': m.incident_what_support_scam,
	'malicious-app': m.incident_what_malicious_app,
	'data-leak': m.incident_what_data_leak,
	'insider-leak': m.incident_what_insider_leak,
	website: m.incident_what_website,
	harassment: m.incident_what_harassment,
	'fake-shop': m.incident_what_fake_shop,
	spam: m.incident_what_spam,
	'illegal-content': m.incident_what_illegal_content
};

/** The words the details form starts "what happened" with, from the triage's answer. */
export function whatLabel(kind: WhatKind): string {
	return LABELS[kind]();
}
