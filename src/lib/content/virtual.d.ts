// The checked content, served by contentPlugin (content.server.ts) as plain data.
declare module 'virtual:content/desks' {
	export const desks: import('./schema').Desk[];
}
declare module 'virtual:content/desk-ids' {
	export const deskIds: string[];
	export const deskOrder: string[];
}
declare module 'virtual:content/triage' {
	export const triageTree: import('./validate-triage').TriageTree;
}
declare module 'virtual:content/first-aid' {
	export const firstAid: import('./validate').FirstAid;
}
declare module 'virtual:content/first-aid-short' {
	export const firstAidShort: import('./first-aid-short').ShortRule[];
}
declare module 'virtual:content/documents' {
	export const policeSheet: import('./validate-documents').PoliceSheet;
	export const ppcDraft: import('./validate-documents').PpcDraft;
	export const jcratForward: import('./validate-documents').JcratForward;
	export const summaryWording: import('./validate-documents').SummaryWording;
}
declare module 'virtual:content/own-contact-names' {
	export const ownContactNames: Record<import('./validate-own-contacts').OwnContactRole, import('./schema').Localized>;
}
declare module 'virtual:content/own-contact-hints' {
	export const ownContactHints: import('./validate-own-contacts').OwnContactHints;
}
declare module 'virtual:content/own-contacts' {
	export const ownContacts: import('./validate-own-contacts').OwnDeskWording;
}
declare module 'virtual:content/own-contact-reasons' {
	export const ownContactReasons: import('./validate-own-contacts').OwnContactReasons;
}
declare module 'virtual:content/recovery' {
	export const recoverySets: import('./validate-recovery').RecoverySet[];
	export const nextScam: import('./validate-recovery').NextScam;
}
declare module 'virtual:content/ready-messages' {
	export const readyMessageContent: import('./validate-recovery').MessageContent[];
}
declare module 'virtual:content/recovery-index' {
	export const recoveryIndex: import('./recovery-index').RecoveryIndex;
}
