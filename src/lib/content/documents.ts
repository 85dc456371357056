import { jcratForward as jcrat, policeSheet as police, ppcDraft as ppc, summaryWording as summary } from 'virtual:content/documents';
import type { JcratForward, PoliceSheet, PpcDraft, SummaryWording } from './validate-documents';

export type { JcratForward, PoliceSheet, PpcDraft, PpcItemId, SummaryWording } from './validate-documents';

/** Wording of the documents the desks want (content/documents/), checked at build time (content.server.ts). */
export const policeSheet: PoliceSheet = police;
export const ppcDraft: PpcDraft = ppc;
export const jcratForward: JcratForward = jcrat;
export const summaryWording: SummaryWording = summary;
