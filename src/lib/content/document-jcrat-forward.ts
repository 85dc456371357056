import { jcratForward as checked } from 'virtual:content/document-jcrat-forward';
import type { JcratForward } from './validate-documents';

/** The wording of one document (content/documents/), checked at build time (content.server.ts). */
export const jcratForward: JcratForward = checked;
