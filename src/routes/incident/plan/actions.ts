import type { PlanDate } from '$lib/plan/schema';
import type { ContactHow } from '$lib/plan/schema';

/**
 * What the plan's screen can change. On the incident's page each goes through the editor (written
 * like every other field: on screen at once, kept in the draft, then written); in the drill they
 * change a plan kept on the screen only. A change that cannot be written stays on screen and the
 * storage message says why.
 */
export interface PlanActions {
	tick(stepId: string, done: boolean): void;
	setDeskState(deskId: string, state: 'waiting' | 'done' | undefined, replyBy?: string): void;
	/**
	 * The same contact record as the details page's 「相談した窓口」: one home for a contact.
	 * Resolves true once stored; on false the form keeps what was typed.
	 */
	addContact(contact: { deskId: string; at: string; how?: ContactHow; reference: string; outcome: string }): Promise<boolean>;
	addDate(date: Omit<PlanDate, 'id'>): void;
	removeDate(id: string): void;
}
