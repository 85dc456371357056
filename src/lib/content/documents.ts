import { jcratForward as jcrat, policeSheet as police, ppcDraft as ppc } from 'virtual:content/documents';
import type { JcratForward, PoliceSheet, PpcDraft } from './validate-documents';

export type { JcratForward, PoliceSheet, PpcDraft, PpcItemId } from './validate-documents';

/** Wording of the documents the desks want (content/documents/), checked at build time (content.server.ts). */
export const policeSheet: PoliceSheet = police;
export const ppcDraft: PpcDraft = ppc;
export const jcratForward: JcratForward = jcrat;
