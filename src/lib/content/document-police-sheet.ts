import { policeSheet as checked } from 'virtual:content/document-police-sheet';
import type { PoliceSheet } from './validate-documents';

/** The wording of one document (content/documents/), checked at build time (content.server.ts). */
export const policeSheet: PoliceSheet = checked;
