// Wording of the documents the desks want (content/documents/), checked at build time
// (content.server.ts), one module per document so that a page loads its own document's words only:
// import from './document-police-sheet' and the like; this module gathers them (tests).
export type { JcratForward, PoliceSheet, PpcDraft, PpcItemId, SummaryWording } from './validate-documents';
export { policeSheet } from './document-police-sheet';
export { ppcDraft } from './document-ppc-draft';
export { jcratForward } from './document-jcrat-forward';
export { summaryWording } from './document-summary';
