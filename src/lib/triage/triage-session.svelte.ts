import { createSubscriber } from 'svelte/reactivity';
import { createActor, transition, type Actor } from 'xstate';
import type { Incident } from '$lib/incident/schema';
import { IncidentNotFoundError, type IncidentStore } from '$lib/incident/store';
import { WriteThrough } from '$lib/incident/write-through';
import { triageMachine, type Answers, type TriageMachine, type Step, type TriageContext, type TriageEvent } from './machine';
import type { RestoreResult } from './persist';
import { saveTriage } from './machine-version';
import { fromProfile } from './flow';
import type { Plan } from '$lib/plan/schema';
import type { Profile } from '$lib/profile/schema';

/**
 * The triage actor as Svelte state, saved into the current incident after every transition: once
 * the tap is painted (./incident/write-through.ts), never inside the tap's own task, where reading
 * the snapshot, checking and storing the record made every answer slower to show.
 * A snapshot that cannot be restored starts a fresh triage; `discarded` says so, and the rest of
 * the incident (details, timeline) is kept as it was.
 */
export interface TriageOpenOptions {
	now?: () => Date;
	incident?: Incident;
	preset?: Answers;
	/** 平時の備え: its contacts and prefecture decide the plan's desks, as they decide the result's. */
	profile?: Profile;
}

export class TriageSession {
	readonly incidentId: string;
	/** Why the saved triage could not be resumed, shown once. */
	discarded = $state<'version' | 'invalid' | null>(null);
	/** The last save failed (e.g. a full disk); the triage goes on in memory. */
	saveFailed = $state(false);
	discoveredAt = $state<string | undefined>();
	/** The incident's plan as last written here: built when the result is reached, rebuilt when an answer changes. */
	plan = $state<Plan | undefined>();

	#actor: Actor<TriageMachine>;
	#store: IncidentStore;
	#now: () => Date;
	#subscribe: () => void;
	#saving: Promise<void> = Promise.resolve();
	#lastSaved: unknown;
	/** The save of the latest snapshot, due after the next paint. */
	readonly #saveLater = new WriteThrough(() => this.#save(), { delay: 0, maxWait: 0 });
	/** The incident as last read or written here: put back if the database vanishes under the page. */
	#last: Incident;
	#profile: Profile | undefined;
	/** The plan's code, loaded by the first write that may build a plan (#write). */
	#plans: typeof import('./plan') | undefined;

	private constructor(store: IncidentStore, incident: Incident, now: () => Date, preset: Answers, profile: Profile | undefined, restored: RestoreResult) {
		this.#store = store;
		this.#now = now;
		this.#profile = profile;
		this.plan = incident.plan;
		this.incidentId = incident.id;
		this.#last = incident;
		this.discoveredAt = incident.discoveredAt;
		this.discarded = restored.kind === 'discarded' ? restored.reason : null;
		// A triage already under way keeps what it started with; a new one starts with the profile's answers.
		this.#actor = createActor(triageMachine(), restored.kind === 'restored' ? { snapshot: restored.snapshot } : { input: { preset } });
		this.#subscribe = createSubscriber((update) => {
			const sub = this.#actor.subscribe(() => update());
			return () => sub.unsubscribe();
		});
		this.#actor.subscribe((snapshot) => {
			if (snapshot === this.#lastSaved) return;
			this.#lastSaved = snapshot;
			this.#saveLater.schedule();
		});
		// The start itself is not saved: a new triage's first step says nothing yet, and a resumed
		// one is stored already. The first answer is the first write, so a triage opened and left
		// on the first aid writes nothing (and loads no record check, src/lib/storage/record.ts).
		this.#lastSaved = this.#actor.getSnapshot();
		this.#actor.start();
		if (this.#actor.getSnapshot() === this.#lastSaved) this.#saveLater.clear();
		// A result saved before plans existed gets its plan now.
		if (restored.kind === 'discarded' || (restored.kind === 'restored' && restored.snapshot.value === 'result' && !incident.plan)) this.#save();
	}

	/**
	 * Opens on `incident` when given (the tab's own), else on the store's current one. `preset`: the
	 * answers the profile gives (./profile-answers.ts), used when no saved triage is resumed. `now`:
	 * the clock (tests set it).
	 */
	static async open(store: IncidentStore, { now = () => new Date(), incident, preset = {}, profile }: TriageOpenOptions = {}): Promise<TriageSession> {
		const opened = incident ?? (await store.current());
		// The saved triage's check (zod) loads only when there is one to resume.
		const restored: RestoreResult = opened.triage ? (await import('./persist')).restoreTriage(opened.triage) : { kind: 'none' };
		return new TriageSession(store, opened, now, preset, profile, restored);
	}

	get step(): Step {
		this.#subscribe();
		return this.#actor.getSnapshot().value as Step;
	}

	get context(): TriageContext {
		this.#subscribe();
		return this.#actor.getSnapshot().context;
	}

	get answers(): Answers {
		return this.context.answers;
	}

	/** The questions whose answer still comes from the profile. */
	get fromProfile(): Set<string> {
		return fromProfile(this.context.answers, this.context.preset);
	}

	/** The step BACK would return to, if any. */
	get previous(): Step | undefined {
		return this.context.history.at(-1);
	}

	/**
	 * Works out where `event` would lead without sending it: nothing changes, nothing is saved. Run
	 * while the page is idle, so the tap that sends it does not run the machine's code cold.
	 */
	rehearse(event: TriageEvent): void {
		transition(triageMachine(), this.#actor.getSnapshot(), event);
	}

	send(event: TriageEvent): void {
		this.#actor.send(event);
	}

	/** Sets when the user noticed; PPC deadlines count from here. */
	async setDiscoveredAt(iso: string): Promise<void> {
		this.discoveredAt = iso;
		// The PPC dates count from it: a plan already built is rebuilt (keeping what was done). Written
		// once the tap that set it is painted, as the snapshot is: the first write of a visit loads the
		// record's check (zod) and the plan's code, which the first question must not wait for.
		await this.#write((incident) => this.#withPlan({ ...incident, discoveredAt: iso }, Boolean(incident.plan)), true, true);
	}

	/** Resolves once every change so far is on disk (tests, leaving the page). */
	flush(): Promise<void> {
		if (this.#saveLater.due) this.#save();
		return this.#saving;
	}

	stop(): void {
		if (this.#saveLater.due) this.#save();
		this.#actor.stop();
	}

	#save(): void {
		this.#saveLater.clear();
		const persisted = this.#actor.getPersistedSnapshot();
		const atResult = this.#actor.getSnapshot().value === 'result';
		void this.#write((incident) => this.#withPlan({ ...incident, triage: saveTriage(persisted, this.#now()) }, atResult), atResult);
	}

	/**
	 * At the result, the plan is built from the answers over the stored plan, inside the store's
	 * transaction: what was done (here or in another tab) is kept, what is new is marked so.
	 */
	#withPlan(incident: Incident, build: boolean): Incident {
		if (!build) return incident;
		const input = { answers: this.#actor.getSnapshot().context.answers, discoveredAt: incident.discoveredAt, now: this.#now(), profile: this.#profile, contacts: incident.contacts };
		return { ...incident, plan: this.#plans!.buildPlan(input, incident.plan) };
	}

	/**
	 * Writes one after another, so an older snapshot never lands after a newer one. `afterPaint`: not
	 * before the next frame is painted (a tap's own write). `mayBuild`: the
	 * change may build the plan, whose code (the routing and the desks, ./plan.ts) is loaded first:
	 * the questions before the result never load it.
	 */
	#write(change: (incident: Incident) => Incident, mayBuild = false, afterPaint = false): Promise<void> {
		this.#saving = this.#saving.then(async () => {
			try {
				if (afterPaint) await new Promise<void>((painted) => new WriteThrough(painted, { delay: 0, maxWait: 0 }).schedule());
				if (mayBuild) this.#plans ??= await import('./plan');
				try {
					this.#last = await this.#store.update(this.incidentId, change);
				} catch (error) {
					// The database vanished (site data cleared while open): the incident as this page
					// knows it goes back, with this change, unless another page put it back first.
					const vanished = (this.#store as { vanished?: boolean }).vanished;
					if (!(error instanceof IncidentNotFoundError) || error.damaged || !vanished) throw error;
					if (!(await this.#store.get(this.incidentId))?.ok) await this.#store.put(this.#last);
					this.#last = await this.#store.update(this.incidentId, change);
				}
				this.plan = this.#last.plan;
				this.saveFailed = false;
			} catch {
				this.saveFailed = true;
			}
		});
		return this.#saving;
	}
}
