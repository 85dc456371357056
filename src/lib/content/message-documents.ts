/**
 * The documents a ready message can point to instead of carrying its own text: the 本人通知 lives
 * in the PPC draft (content/documents/ppc-draft.json, `notice`), so the message links there.
 * Kept apart from the checks so pages get the paths without zod.
 */
export const MESSAGE_DOCUMENTS = { 'ppc-notice': '/incident/ppc-draft#ppc-notice' } as const;
export type MessageDocument = keyof typeof MESSAGE_DOCUMENTS;
