// What the plan needs once the page is on screen: the stores (idb), the editor, the profile's own
// contacts and the plan's page (zod loads with the first record read, src/lib/storage/record.ts). The page imports this module after its
// first paint; the routing (to build the plan) and the plan's view with the recovery content load
// only when the incident's answers reached the desks.
import { getIncidentStore } from '$lib/storage';
import type { IncidentEditor } from '$lib/incident/incident-editor.svelte';
import type { ShodoIncidentStore } from '$lib/incident/store';
import { openIncidentEditor } from '$lib/editing/open-incident';
import type { Answers } from '$lib/triage/flow';
import type { Incident } from '$lib/incident/schema';
import type { Plan } from '$lib/plan';
import type { Profile } from '$lib/profile/schema';
import { ownDesks } from '$lib/profile/own-desks';
import type { Desk } from '$lib/content/schema';
import type { PlanActions } from './actions';

export { default as PlanPage } from './plan-page.svelte';

export interface PlanScreen {
	editor: IncidentEditor;
	store: ShodoIncidentStore;
	actions: PlanActions;
	/** The profile's contacts (平時の備え), desks like any other. */
	own: Desk[];
	/** Writes what is pending and lets go of the store's events (the page is left). */
	close(): void;
}

/** The answers of a triage that reached the desks; undefined before. */
export type AnswersReader = (incident: Incident) => Answers | undefined;

let reader: AnswersReader | undefined;

/** The reader once loaded (see loadAnswersReader), else undefined. */
export const answersReader = (): AnswersReader | undefined => reader;

/**
 * Loads the reading of a saved triage: its check (zod) and the triage's content (about 45 KB gz
 * together). Only a record with a triage needs it; an empty plan page never loads it.
 */
export async function loadAnswersReader(): Promise<AnswersReader> {
	if (reader) return reader;
	const { readAnswers } = await import('$lib/triage/persist');
	return (reader = (incident) => {
		const answers = readAnswers(incident.triage);
		return answers.what ? answers : undefined;
	});
}

/** The answers of the incident's triage when it reached the desks; loads the reader only for a triage. */
export async function answered(incident: Incident): Promise<Answers | undefined> {
	return incident.triage ? (await loadAnswersReader())(incident) : undefined;
}

/** What the plan is made of, to tell whether a stored plan still fits the answers. */
const shape = (p: Plan | undefined) =>
	p ? JSON.stringify([p.desks.map((d) => d.deskId), p.steps.map((s) => s.id), p.dates.map((d) => `${d.id}:${d.date}`)]) : '';

/**
 * The plan for the incident's answers, when it differs from the stored one (never built, or the
 * answers or the date noticed changed since): built over the stored plan so what was done stays.
 * The routing (the desks and rules) loads only when there are answers to build from.
 */
export async function freshPlan(incident: Incident, profile: Profile | undefined, now: Date): Promise<Plan | undefined> {
	const answers = await answered(incident);
	if (!answers) return undefined;
	const { buildPlan } = await import('$lib/triage/plan');
	const built = buildPlan({ answers, discoveredAt: incident.discoveredAt, now, profile, contacts: incident.contacts }, incident.plan);
	return shape(built) === shape(incident.plan) ? undefined : built;
}

/** The plan screen, or the editor alone with its loadError when storage failed. */
export async function openPlan(): Promise<PlanScreen> {
	const store = await getIncidentStore();
	const { profileOrNothing } = await import('$lib/profile/store');
	const profile = await profileOrNothing();
	const editor = await openIncidentEditor(store);
	const screen: PlanScreen = {
		editor,
		store,
		actions: planActions(editor),
		own: ownDesks(profile),
		close: () => {
			// What a re-triage added was seen here: no longer marked new next time.
			editor.markPlanSeen();
			editor.stop();
		}
	};
	if (editor.loadError || !editor.incident) return screen;
	const fresh = await freshPlan(editor.incident, profile, new Date());
	if (fresh) editor.setPlan(fresh);
	return screen;
}

/** The plan's changes, through the editor: written like every other field. */
export function planActions(editor: IncidentEditor): PlanActions {
	return {
		tick: (id, done) => editor.tickStep(id, done),
		setDeskState: (deskId, state, replyBy) => editor.setDeskState(deskId, state, replyBy),
		addContact: (contact) => editor.addContact(contact),
		addDate: (date) => void editor.addPlanDate(date),
		removeDate: (id) => editor.removePlanDate(id)
	};
}
