// The checked content, served by contentPlugin (content.server.ts) as plain data.
declare module 'virtual:content/desks' {
	export const desks: import('./schema').Desk[];
}
declare module 'virtual:content/desk-directory' {
	export const deskDirectory: import('./desk-directory').DeskDirectoryEntry[];
}
declare module 'virtual:content/desk-ids' {
	export const deskIds: string[];
	export const deskOrder: string[];
}
declare module 'virtual:content/triage-questions' {
	export const triageQuestions: import('./validate-triage').TriageQuestions;
}
declare module 'virtual:content/triage-result' {
	export const triageResult: Omit<import('./validate-triage').TriageTree, 'questions'>;
}
declare module 'virtual:content/first-aid' {
	export const firstAid: import('./validate').FirstAid;
}
declare module 'virtual:content/first-aid-short' {
	export const firstAidShort: import('./first-aid-short').ShortRule[];
}
declare module 'virtual:content/document-police-sheet' {
	export const policeSheet: import('./validate-documents').PoliceSheet;
}
declare module 'virtual:content/document-ppc-draft' {
	export const ppcDraft: import('./validate-documents').PpcDraft;
}
declare module 'virtual:content/document-jcrat-forward' {
	export const jcratForward: import('./validate-documents').JcratForward;
}
declare module 'virtual:content/entry-kinds' {
	export const entryKinds: import('./validate-documents').SummaryWording['kinds'];
}
declare module 'virtual:content/document-summary' {
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
