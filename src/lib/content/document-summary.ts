import { summaryWording as checked } from 'virtual:content/document-summary';
import type { SummaryWording } from './validate-documents';

/** The wording of one document (content/documents/), checked at build time (content.server.ts). */
export const summaryWording: SummaryWording = checked;
