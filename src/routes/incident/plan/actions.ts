import type { PlanDate } from '$lib/plan/schema';
import type { ContactHow } from '$lib/plan/schema';

/**
 * What the plan's screen can change. On the incident's page each goes through the editor (written
 * like every other field); in the drill they change a plan kept on the screen only. Each resolves
 * true once it holds; on false what was tapped stays on screen and the storage message says why.
 */
export interface PlanActions {
	tick(stepId: string, done: boolean): Promise<boolean>;
	setDeskState(deskId: string, state: 'waiting' | 'done' | undefined, replyBy?: string): Promise<boolean>;
	/** The same contact record as the details page's 「相談した窓口」: one home for a contact. */
	addContact(contact: { deskId: string; at: string; how?: ContactHow; reference: string; outcome: string }): Promise<boolean>;
	addDate(date: Omit<PlanDate, 'id'>): Promise<boolean>;
	removeDate(id: string): Promise<boolean>;
}
