/**
 * Every desk the app knows, by stable id. A desk's file is content/desks/<id>.json. Routing,
 * incidents and saved contacts refer to desks by these ids, so an id never changes once shipped.
 */
export const DESK_IDS = [
	// police
	'police-110',
	'police-prefectural-cyber',
	'police-npa-online',
	'police-station',
	'police-9110',
	'police-tokyo-cyber',
	// IPA
	'ipa-anshin',
	'ipa-organisation',
	'ipa-jcrat',
	'ipa-virus-report',
	'ipa-unauthorized-access-report',
	'ipa-ransomware',
	'ipa-external',
	// personal data
	'ppc-leak-report',
	'ppc-dial',
	// support for small businesses
	'otasuketai',
	'tokyo-sme-cyber',
	'jnsa-incident-response',
	// incident handling, fraud and consumers
	'jpcert',
	'antiphishing',
	'spam-mail-center',
	'sia-fake-shop-hotline',
	'fake-shop-council',
	'consumer-hotline',
	'bank-or-card',
	'provider-support',
	// harmful content, rights, law
	'safer-internet',
	'ihaho',
	'internet-hotline-center',
	'moj-human-rights',
	'accs',
	'houterasu',
	// sector
	'mhlw-medical'
] as const;

export type DeskId = (typeof DESK_IDS)[number];
