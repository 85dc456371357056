import type { FirstAid } from './validate';
import { firstAid as checked } from 'virtual:content/first-aid';

export type { FirstAid };

/** content/first-aid/first-aid.json, checked at build time (content.server.ts). */
export const firstAid: FirstAid = checked;
