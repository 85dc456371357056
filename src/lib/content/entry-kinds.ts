import { entryKinds as checked } from 'virtual:content/entry-kinds';
import type { SummaryWording } from './validate-documents';

/**
 * What every document to a desk calls each kind of timeline entry (content/documents/summary.json,
 * "kinds"): a module of its own, so the police sheet does not load the summary's wording.
 */
export const entryKinds: SummaryWording['kinds'] = checked;
