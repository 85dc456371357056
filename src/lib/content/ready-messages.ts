import { readyMessageContent as checked } from 'virtual:content/ready-messages';
import type { MessageContent } from './validate-recovery';

export type { MessageContent } from './validate-recovery';
export { MESSAGE_DOCUMENTS, type MessageDocument } from './message-documents';

/** The ready messages (content/messages/), checked at build time (content.server.ts). */
export const readyMessageContent: MessageContent[] = checked;
