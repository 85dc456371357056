import { createSubscriber } from 'svelte/reactivity';
import { createActor, type Actor } from 'xstate';
import type { Incident } from '$lib/incident/schema';
import { IncidentNotFoundError, type IncidentStore } from '$lib/incident/store';
import { triageMachine, type Answers, type Step, type TriageContext, type TriageEvent } from './machine';
import { restoreTriage, saveTriage } from './persist';
import { fromProfile } from './flow';
import { buildPlan } from './plan';
import type { Plan } from '$lib/plan/schema';
import type { Profile } from '$lib/profile/schema';

/**
 * The triage actor as Svelte state, saved into the current incident after every transition.
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

	#actor: Actor<typeof triageMachine>;
	#store: IncidentStore;
	#now: () => Date;
	#subscribe: () => void;
	#saving: Promise<void> = Promise.resolve();
	#lastSaved: unknown;
	/** The incident as last read or written here: put back if the database vanishes under the page. */
	#last: Incident;
	#profile: Profile | undefined;

	private constructor(store: IncidentStore, incident: Incident, now: () => Date, preset: Answers, profile: Profile | undefined) {
		this.#store = store;
		this.#now = now;
		this.#profile = profile;
		this.plan = incident.plan;
		this.incidentId = incident.id;
		this.#last = incident;
		this.discoveredAt = incident.discoveredAt;
		const restored = restoreTriage(incident.triage);
		this.discarded = restored.kind === 'discarded' ? restored.reason : null;
		// A triage already under way keeps what it started with; a new one starts with the profile's answers.
		this.#actor = createActor(triageMachine, restored.kind === 'restored' ? { snapshot: restored.snapshot } : { input: { preset } });
		this.#subscribe = createSubscriber((update) => {
			const sub = this.#actor.subscribe(() => update());
			return () => sub.unsubscribe();
		});
		this.#actor.subscribe((snapshot) => {
			if (snapshot === this.#lastSaved) return;
			this.#lastSaved = snapshot;
			this.#save();
		});
		this.#actor.start();
		// A result saved before plans existed gets its plan now.
		if (restored.kind === 'discarded' || (restored.kind === 'restored' && restored.snapshot.value === 'result' && !incident.plan)) this.#save();
	}

	/**
	 * Opens on `incident` when given (the tab's own), else on the store's current one. `preset`: the
	 * answers the profile gives (./profile-answers.ts), used when no saved triage is resumed. `now`:
	 * the clock (tests set it).
	 */
	static async open(store: IncidentStore, { now = () => new Date(), incident, preset = {}, profile }: TriageOpenOptions = {}): Promise<TriageSession> {
		return new TriageSession(store, incident ?? (await store.current()), now, preset, profile);
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

	send(event: TriageEvent): void {
		this.#actor.send(event);
	}

	/** Sets when the user noticed; PPC deadlines count from here. */
	async setDiscoveredAt(iso: string): Promise<void> {
		this.discoveredAt = iso;
		// The PPC dates count from it: a plan already built is rebuilt (keeping what was done).
		await this.#write((incident) => this.#withPlan({ ...incident, discoveredAt: iso }, Boolean(incident.plan)));
	}

	/** Resolves once every change so far is on disk (tests, leaving the page). */
	flush(): Promise<void> {
		return this.#saving;
	}

	stop(): void {
		this.#actor.stop();
	}

	#save(): void {
		const persisted = this.#actor.getPersistedSnapshot();
		const atResult = this.#actor.getSnapshot().value === 'result';
		void this.#write((incident) => this.#withPlan({ ...incident, triage: saveTriage(persisted, this.#now()) }, atResult));
	}

	/**
	 * At the result, the plan is built from the answers over the stored plan, inside the store's
	 * transaction: what was done (here or in another tab) is kept, what is new is marked so.
	 */
	#withPlan(incident: Incident, build: boolean): Incident {
		if (!build) return incident;
		const input = { answers: this.#actor.getSnapshot().context.answers, discoveredAt: incident.discoveredAt, now: this.#now(), profile: this.#profile, contacts: incident.contacts };
		return { ...incident, plan: buildPlan(input, incident.plan) };
	}

	/** Writes one after another, so an older snapshot never lands after a newer one. */
	#write(change: (incident: Incident) => Incident): Promise<void> {
		this.#saving = this.#saving.then(async () => {
			try {
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
