import { ppcDraft as checked } from 'virtual:content/document-ppc-draft';
import type { PpcDraft } from './validate-documents';

/** The wording of one document (content/documents/), checked at build time (content.server.ts). */
export const ppcDraft: PpcDraft = checked;
