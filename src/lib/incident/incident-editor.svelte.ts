import type { ContactRecord, Details, Incident, Sender, TimelineEntry } from './schema';
import { DETAIL_KEYS, MAX_FIELD_CHARS } from './record-basics';
import { browserLifecycle, flushWhenHidden, type PageLifecycle } from '$lib/browser/page-hide';
import { IncidentNotFoundError, RecordTooLargeError, StorageFullError, type ShodoIncidentStore } from './store';
import { CONFLICT_MARKER, CONFLICT_SEPARATOR, mergeField } from './merge';
import { openTabIncident, type Prefill, type TabIncident } from './tab';
import type { Plan, PlanDate, PlanOp } from '$lib/plan/schema';
import { applyPlanOps } from '$lib/plan/plan';
import { WriteThrough, type WriteAfter } from './write-through';
import { afterNextPaint } from '$lib/browser/after-paint';

export { CONFLICT_MARKER };

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'full' | 'failed' | 'too-large';

/** A small key-value store that survives a reload; localStorage in the browser. */
export interface DraftStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type { TabIncident };

export type DraftFields = Partial<Details> & { discoveredAt?: string | null; sender?: Sender };
/** A draft as kept in localStorage: the typed fields and the plan's changes not yet written. */
export type Draft = DraftFields & { plan?: PlanOp[] };
export type FieldName = keyof Details | 'discoveredAt' | `sender.${keyof Sender}`;

/** Something the page tells the user about, once, near the top. */
export type EditorNotice =
	| { kind: 'draft-dropped'; fields: string[] }
	| { kind: 'damaged-current'; id: string }
	| { kind: 'conflict'; fields: (keyof Details)[] }
	/** The database vanished while the page was open; what was on screen was written back (or is kept in memory). */
	| { kind: 'vanished'; persistent: boolean };

export const draftKey = (id: string) => `shodo-navi:draft:${id}`;


export interface OpenOptions {
	drafts?: DraftStore;
	tab?: TabIncident;
	delay?: number;
	maxWait?: number;
	/** When the next frame is painted (./write-through.ts); the browser's when left out. */
	afterPaint?: (run: () => void) => () => void;
	newId?: () => string;
	/**
	 * What a new incident starts with (the profile's usual devices and services), loaded only when
	 * asked. The change runs inside the store's transaction and must leave a touched incident as it
	 * is; a failure leaves the details empty, never the page.
	 */
	prefill?: () => Promise<Prefill | undefined>;
	/** The page's going-away events; the browser's window and document when left out. */
	lifecycle?: PageLifecycle | null;
}



/**
 * The incident being edited on a screen.
 * - Typing is written through to the store after `delay` ms without typing, or at the latest
 *   `maxWait` ms after the first unsaved keystroke (./write-through.ts): continuous typing never
 *   holds the write off, and no write runs inside a keystroke's frame. Each write first puts what
 *   it carries into a synchronous draft (localStorage), kept until the store confirms it, so a
 *   browser killed mid-write loses nothing; the page going away (hidden, left) writes at once.
 *   A keystroke itself only changes what is on screen: with a long text, serialising the record
 *   on every key made each key slow.
 * - Only the fields typed here are written, merged into the stored record in the store's
 *   transaction, so other writes in between (the triage, another tab) are kept. A text field
 *   carries the value it started from: when another tab changed it meanwhile, both texts are
 *   kept in the field, and `notices` says so.
 * - A field over MAX_FIELD_CHARS stays on screen, is not written, and `tooLong` says so; the
 *   other fields go on saving.
 * - A failed write keeps everything on screen and in the draft; the next write retries it.
 */
export class IncidentEditor {
	/** Replaced whole, never changed in place (raw: no deep proxy over a long text on every key). */
	incident = $state.raw<Incident | undefined>();
	saveState = $state<SaveState>('idle');
	loadError = $state<string | undefined>();
	notices = $state<EditorNotice[]>([]);
	/** Fields refused for length, with their length in characters. */
	tooLong = $state<Partial<Record<keyof Details | 'timeline' | 'contact', number>>>({});

	readonly #store: ShodoIncidentStore;
	readonly #drafts: DraftStore | undefined;
	readonly #tab: TabIncident | undefined;
	readonly #newId: () => string;
	/** The incident as the store last gave it. */
	#stored: Incident | undefined;
	#pending: DraftFields = {};
	/** Fields handed to the store and not yet confirmed: they stay in the draft until then. */
	#inFlight: DraftFields = {};
	/** For each pending text field, the stored value it was typed over. */
	#bases: Partial<Record<keyof Details, string>> = {};
	/** Too-long text shown but not saved. */
	#onScreen: Partial<Details> = {};
	readonly #writeThrough: WriteThrough;
	/** Text fields typed in whose value is not read yet (typed): read once the key is painted. */
	readonly #unread = new Map<keyof Details, () => string>();
	#cancelRead: (() => void) | undefined;
	#chain: Promise<unknown> = Promise.resolve();
	/** Writes of typed fields under way. */
	#writing = 0;
	/** The last write of typed fields failed: the next writes each field on its own. */
	#splitNext = false;
	#unsubscribe: (() => void) | undefined;
	#unlisten: (() => void) | undefined;
	#unvanish: (() => void) | undefined;
	/**
	 * Fields in conflict with another tab: the other tab's text, stored after this tab's behind one
	 * marker until the person chooses (chooseConflict). The screen shows this tab's text alone.
	 */
	held = $state<Partial<Record<keyof Details, string>>>({});
	/** This tab's own text of each held field, as last written. */
	#mine: Partial<Record<keyof Details, string>> = {};
	/** The plan's changes made here and not yet written, in order; then those being written. */
	#planPending: PlanOp[] = [];
	#planInFlight: PlanOp[] = [];

	/**
	 * The editor of the tab's incident, loaded, with a new incident's details prefilled, and
	 * writing what is pending whenever the page is hidden or left (a tab closed or killed on a
	 * phone never fires unload). `stop()` ends all of it. A failed load is in `loadError`.
	 */
	static async open(store: ShodoIncidentStore, options: OpenOptions = {}): Promise<IncidentEditor> {
		const editor = new IncidentEditor(store, options);
		await editor.load(options.prefill);
		const lifecycle = options.lifecycle === undefined ? browserLifecycle() : options.lifecycle;
		if (lifecycle) editor.#listen(lifecycle);
		return editor;
	}

	constructor(
		store: ShodoIncidentStore,
		options: Pick<OpenOptions, 'drafts' | 'tab' | 'delay' | 'maxWait' | 'afterPaint' | 'newId'> = {}
	) {
		this.#store = store;
		this.#drafts = options.drafts;
		this.#tab = options.tab;
		this.#writeThrough = new WriteThrough(() => void this.flush(), { delay: options.delay, maxWait: options.maxWait, afterPaint: options.afterPaint });
		this.#newId = options.newId ?? (() => crypto.randomUUID());
	}

	/** False when the store lives in memory: nothing is kept after the tab closes. */
	get persistent(): boolean {
		return this.#store.persistent;
	}

	/**
	 * Loads the tab's incident (or the current one; ./tab.ts), prefilled when new (see
	 * OpenOptions.prefill), and applies a draft left by an interrupted page.
	 */
	async load(prefill?: OpenOptions['prefill']): Promise<void> {
		try {
			const { incident, damaged } = await openTabIncident(this.#store, { tab: this.#tab, prefill });
			if (damaged !== undefined) this.notices = [...this.notices, { kind: 'damaged-current', id: damaged }];
			this.#stored = incident;
			const { plan: leftoverPlan, ...leftover } = (await this.#readDraft(incident.id)) ?? {};
			this.incident = incident;
			if (leftoverPlan?.length) {
				this.#planPending = leftoverPlan;
				this.incident = this.#screen(incident);
				if (!Object.keys(leftover).length) await this.flush();
			}
			if (Object.keys(leftover).length) {
				this.#pending = leftover;
				for (const key of DETAIL_KEYS) if (key in leftover) this.#bases[key] = incident.details[key];
				this.incident = this.#screen(incident);
				await this.flush();
			}
			this.#unsubscribe = this.#store.onChange((id) => {
				if (id === null || id === this.incident?.id) void this.refresh();
			});
			this.#unvanish = this.#store.onVanished?.(() => {
				this.#chain = this.#chain.then(() => this.#putBack());
			});
		} catch (error) {
			this.loadError = error instanceof StorageFullError ? 'full' : String(error);
		}
	}

	/** Reads the record again (another tab wrote it); what is typed here and unsaved stays on screen. */
	async refresh(): Promise<void> {
		const id = this.incident?.id;
		if (!id) return;
		const fresh = await this.#store.get(id);
		if (!fresh?.ok) return;
		this.#stored = fresh.incident;
		// A key typed meanwhile and not read yet is taken first, so the screen never shows an older text.
		this.#readTyped();
		this.#holdOthers(fresh.incident);
		this.incident = keepUnchanged(this.incident, this.#screen(fresh.incident));
	}

	/**
	 * Another tab kept this tab's text beside its own, behind the marker: this tab goes on showing
	 * only its own text (its typing never lands around the marker) and holds the other's, with the
	 * choice on screen, as if it had found the conflict itself.
	 */
	#holdOthers(stored: Incident): void {
		const fresh: (keyof Details)[] = [];
		for (const key of DETAIL_KEYS) {
			const parts = stored.details[key].split(CONFLICT_SEPARATOR);
			const mine = (this.#pending[key] ?? this.#inFlight[key] ?? this.#mine[key]) as string | undefined;
			if (parts.length < 2 || mine === undefined) continue;
			const own = parts.findIndex((part) => part !== '' && mine.startsWith(part));
			if (own < 0) continue;
			const others = parts.filter((part, i) => i !== own && part !== '').join(CONFLICT_SEPARATOR);
			if (others === '') continue;
			if (this.held[key] === undefined) fresh.push(key);
			this.#mine[key] ??= mine;
			this.held = { ...this.held, [key]: others };
		}
		const known = new Set(this.notices.flatMap((n) => (n.kind === 'conflict' ? n.fields : [])));
		const told = fresh.filter((key) => !known.has(key));
		if (told.length) this.notices = [...this.notices, { kind: 'conflict', fields: told }];
	}

	/**
	 * The person's choice for a field in conflict: this tab's text, the other tab's, or both one
	 * after the other (without the marker). The choice is written as typing is.
	 */
	chooseConflict(key: keyof Details, keep: 'mine' | 'theirs' | 'both'): void {
		const theirs = this.held[key];
		if (theirs === undefined || !this.incident) return;
		const mine = this.#pending[key] ?? this.#mine[key] ?? this.incident.details[key];
		const { [key]: _chosen, ...rest } = this.held;
		this.held = rest;
		delete this.#mine[key];
		this.notices = this.notices
			.map((n) => (n.kind === 'conflict' ? { ...n, fields: n.fields.filter((f) => f !== key) } : n))
			.filter((n) => n.kind !== 'conflict' || n.fields.length > 0);
		// Typed over what is stored now (this tab's text and theirs, behind the marker).
		this.#bases[key] = this.#stored?.details[key] ?? '';
		const text = keep === 'mine' ? mine : keep === 'theirs' ? theirs : mine === '' ? theirs : `${mine}\n\n${theirs}`;
		const { [key]: _typed, ...pending } = this.#pending;
		this.#pending = pending;
		this.#edit({ [key]: text });
	}

	/** Stops following other tabs and the page's events; what is pending is written first. */
	stop(): void {
		if (this.#hasPending()) void this.flush();
		this.#cancelRead?.();
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
		this.#unlisten?.();
		this.#unlisten = undefined;
		this.#unvanish?.();
		this.#unvanish = undefined;
	}

	/**
	 * The database vanished while the page was open (site data cleared, or evicted): what is on
	 * screen is the only copy left, so it is written back as this incident, and the page says what
	 * happened. Runs once however many writes find the record gone.
	 */
	async #putBack(): Promise<void> {
		const id = this.incident?.id;
		if (!id || !this.#stored) return;
		if (!this.notices.some((n) => n.kind === 'vanished')) {
			this.notices = [...this.notices, { kind: 'vanished', persistent: this.#store.persistent }];
		}
		try {
			if ((await this.#store.get(id))?.ok) return;
			const shown = this.#withPlan(applyFields(applyFields(this.#stored, this.#inFlight), this.#pending), [...this.#planInFlight, ...this.#planPending]);
			this.#stored = await this.#store.put(shown);
			this.#inFlight = {};
			this.#planPending = [];
			this.#planInFlight = [];
			await this.#store.setCurrent(id);
			this.#tab?.set(id);
			this.saveState = Object.keys(this.#pending).length ? 'pending' : 'saved';
			if (Object.keys(this.#pending).length) this.#schedule();
			this.#writeDraft();
		} catch (error) {
			this.saveState = error instanceof StorageFullError ? 'full' : 'failed';
		}
	}

	#listen(lifecycle: PageLifecycle): void {
		this.#unlisten = flushWhenHidden(() => void this.flush(), lifecycle);
	}

	/**
	 * A key typed in a text field, whose value `read` gives. The value is read after the key is
	 * painted, not in the key's own task: reading a textarea's value after an edit builds its whole
	 * text (a pasted 100 KB log), and what the screen derives from it re-renders the form, both of
	 * which a slow phone's key waited for. Then it is as setDetail, and the write follows 10 ms
	 * later without waiting for another frame; a flush (blur, page hidden) reads it at once.
	 */
	typed(key: keyof Details, read: () => string): void {
		this.#unread.set(key, read);
		this.#cancelRead ??= afterNextPaint(() => {
			this.#cancelRead = undefined;
			this.#readTyped(true);
		});
	}

	#readTyped(painted = false): void {
		this.#cancelRead?.();
		this.#cancelRead = undefined;
		const unread = [...this.#unread];
		this.#unread.clear();
		for (const [key, read] of unread) this.#setDetail(key, read(), painted);
	}

	setDetail(key: keyof Details, value: string): void {
		this.#setDetail(key, value, false);
	}

	#setDetail(key: keyof Details, value: string, painted: boolean): void {
		if (!this.incident) return;
		if (value.length > MAX_FIELD_CHARS) {
			// Shown, never written: the stored value stays the last one that fitted.
			this.#onScreen = { ...this.#onScreen, [key]: value };
			this.tooLong = { ...this.tooLong, [key]: value.length };
			const { [key]: _dropped, ...rest } = this.#pending;
			this.#pending = rest;
			this.incident = this.#screen(this.incident);
			return;
		}
		if (key in this.#onScreen) {
			const { [key]: _gone, ...rest } = this.#onScreen;
			this.#onScreen = rest;
			const { [key]: _ok, ...stillLong } = this.tooLong;
			this.tooLong = stillLong;
		}
		// Typed over what the store holds now, or over what this tab is writing (a write under way).
		if (!(key in this.#pending)) this.#bases[key] = (this.#inFlight[key] as string | undefined) ?? this.#stored?.details[key] ?? '';
		this.#edit({ [key]: value }, painted);
	}

	setDiscoveredAt(at: string | null): void {
		this.#edit({ discoveredAt: at });
	}

	setSender(sender: Sender): void {
		this.#edit({ sender: { ...this.#pending.sender, ...sender } });
	}

	/**
	 * The plan built after a triage (src/lib/triage/plan.ts buildPlan), put over the stored plan
	 * keeping what another tab did there meanwhile (rebasePlan).
	 */
	setPlan(plan: Plan): void {
		this.#planEdit({ op: 'set', plan });
	}

	/** Ticks or unticks a plan step; on screen at once, written like typing (draft first, then the store). */
	tickStep(id: string, done: boolean, now = new Date()): void {
		this.#planEdit({ op: 'tick', id, done, at: now.toISOString() });
	}

	/** A desk's state after contacting it: waiting for a reply (by `replyBy`, an instant), done, or neither. */
	setDeskState(deskId: string, state: 'waiting' | 'done' | undefined, replyBy?: string, now = new Date()): void {
		this.#planEdit({ op: 'desk', deskId, ...(state ? { state } : {}), ...(replyBy ? { replyBy } : {}), at: now.toISOString() });
	}

	/** Adds a date the person sets (insurer, own); `id` is made here when left out. */
	addPlanDate(date: Omit<PlanDate, 'id'> & { id?: string }): string {
		const id = date.id ?? this.#newId();
		this.#planEdit({ op: 'add-date', date: { ...date, id } });
		return id;
	}

	removePlanDate(id: string, now = new Date()): void {
		this.#planEdit({ op: 'remove-date', id, at: now.toISOString() });
	}

	/** The notice about damaged plan items, once read. */
	dismissPlanDamage(): void {
		this.#planEdit({ op: 'dismiss-damaged' });
	}

	/** The plan was seen: what a re-triage added is no longer marked new. */
	markPlanSeen(): void {
		if (this.incident?.plan?.desks.some((d) => d.isNew) || this.incident?.plan?.steps.some((s) => s.isNew)) this.#planEdit({ op: 'seen' });
	}

	#planEdit(op: PlanOp): void {
		if (!this.incident) return;
		this.#planPending = [...this.#planPending, op];
		this.incident = this.#withPlan(this.incident, [op]);
		this.#writeDraft();
		this.saveState = 'pending';
		this.#schedule('tap');
	}

	#withPlan(incident: Incident, ops: readonly PlanOp[]): Incident {
		if (!ops.length) return incident;
		const plan = applyPlanOps(incident.plan, ops);
		if (plan === incident.plan) return incident;
		const next = { ...incident };
		if (plan) next.plan = plan;
		else delete next.plan;
		return next;
	}

	#hasPending(): boolean {
		return Object.keys(this.#pending).length > 0 || this.#planPending.length > 0 || this.#unread.size > 0;
	}

	/** Writes the plan's pending changes, applied to the stored plan in the store's transaction. */
	#writePlan(): Promise<boolean> {
		const ops = this.#planPending;
		this.#planPending = [];
		this.#planInFlight = [...this.#planInFlight, ...ops];
		this.#writing++;
		return this.#write((i) => this.#withPlan(i, ops), undefined, ops).then((ok) => {
			this.#writing--;
			if (!ok) {
				// Kept on screen and in the draft: the next tick, blur or page hide writes it again.
				this.#planInFlight = this.#planInFlight.filter((o) => !ops.includes(o));
				this.#planPending = [...ops, ...this.#planPending];
				this.#writeDraft();
			} else if (this.#hasPending()) this.#scheduleNext();
			return ok;
		});
	}

	dismissNotice(notice: EditorNotice): void {
		this.notices = this.notices.filter((n) => n !== notice);
	}

	#edit(fields: DraftFields, painted = false): void {
		if (!this.incident) return;
		this.#pending = { ...this.#pending, ...fields };
		this.incident = applyFields(this.incident, fields);
		this.saveState = 'pending';
		this.#schedule(painted ? 'painted' : 'key');
	}

	/**
	 * Asks for the next write (./write-through.ts: 'key', 'painted' or 'tap'). While a write is under
	 * way nothing is queued: the write's end asks again (#scheduleNext), so at most one write waits
	 * behind the one running.
	 */
	#schedule(after: WriteAfter = 'key'): void {
		if (this.#writing > 0) return;
		this.#writeThrough.schedule(after);
	}

	/**
	 * After a write, what waited behind it: written without waiting for another frame (it was
	 * painted while the write ran), unless a key is still to be read once its frame is painted.
	 */
	#scheduleNext(): void {
		this.#schedule(this.#unread.size ? 'key' : 'painted');
	}

	/** Writes what is pending now (blur, page hidden, before leaving). */
	flush(): Promise<void> {
		this.#readTyped();
		this.#writeThrough.clear();
		const fields = this.#pending;
		if (this.incident && this.#planPending.length) {
			const plan = this.#writePlan();
			if (Object.keys(fields).length === 0) return plan.then(() => {});
		}
		if (!this.incident || Object.keys(fields).length === 0) return this.#chain.then(() => {});
		const bases = this.#bases;
		this.#inFlight = { ...this.#inFlight, ...fields, sender: mergeSender(this.#inFlight.sender, fields.sender) };
		if (this.#inFlight.sender === undefined) delete this.#inFlight.sender;
		this.#pending = {};
		this.#bases = {};
		// Synchronously, before the store is asked: a browser killed during the write keeps it.
		this.#writeDraft();
		if (this.#splitNext && Object.keys(fields).length > 1) {
			// The last write of several fields failed: now each goes alone, so one field that
			// cannot be saved never holds the others back.
			this.#splitNext = false;
			const parts = Object.entries(fields).map(([key, value]) => this.#writeFields({ [key]: value } as DraftFields, bases));
			return Promise.all(parts).then(() => {});
		}
		return this.#writeFields(fields, bases).then(() => {});
	}

	/** Writes typed fields merged into the stored record, keeping both texts on a conflict. */
	#writeFields(fields: DraftFields, bases: Partial<Record<keyof Details, string>>): Promise<boolean> {
		const conflicts: (keyof Details)[] = [];
		let held: Partial<Record<keyof Details, string | undefined>> = {};
		this.#writing++;
		return this.#write(
			(i) => {
				conflicts.length = 0;
				held = {};
				const merged = { ...fields };
				for (const key of DETAIL_KEYS) {
					const ours = fields[key];
					const base = bases[key];
					if (ours === undefined || base === undefined) continue;
					// Another tab may have saved this field since we started typing in it: both texts
					// are kept, behind one marker, until the person chooses.
					const merge = mergeField(ours, base, i.details[key], this.held[key]);
					merged[key] = merge.text;
					if (merge.held !== this.held[key]) held[key] = merge.held;
					if (merge.conflict) conflicts.push(key);
				}
				return applyFields(i, merged);
			},
			{
				fields,
				bases,
				// Before the screen is drawn from the saved record: a field in conflict shows this tab's text.
				saved: () => {
					let next = { ...this.held };
					for (const [key, value] of Object.entries(held) as [keyof Details, string | undefined][]) {
						if (value === undefined) delete next[key];
						else next = { ...next, [key]: value };
					}
					for (const key of DETAIL_KEYS) if (fields[key] !== undefined) this.#mine[key] = fields[key];
					this.held = next;
				}
			}
		).then((ok) => {
			this.#writing--;
			const known = new Set(this.notices.flatMap((n) => (n.kind === 'conflict' ? n.fields : [])));
			const fresh = conflicts.filter((key) => !known.has(key));
			if (ok && fresh.length) this.notices = [...this.notices, { kind: 'conflict', fields: fresh }];
			if (!ok) this.#splitNext = true;
			// Typed while this write ran: written next. After a failure, the next keystroke, blur
			// or page hide tries again.
			if (ok && this.#hasPending()) this.#scheduleNext();
			return ok;
		});
	}

	/** Adds an entry; resolves true only once it is stored. On false the caller keeps the text. */
	addTimeline(entry: Omit<TimelineEntry, 'id'>): Promise<boolean> {
		if (entry.text.length > MAX_FIELD_CHARS) {
			this.tooLong = { ...this.tooLong, timeline: entry.text.length };
			return Promise.resolve(false);
		}
		const full = { ...entry, id: this.#newId() };
		// Appended by id inside the store's transaction: an entry another tab added meanwhile stays.
		return this.#write((i) => (i.timeline.some((e) => e.id === full.id) ? i : { ...i, timeline: [...i.timeline, full] }));
	}

	removeTimeline(id: string): Promise<boolean> {
		return this.#write((i) => ({ ...i, timeline: i.timeline.filter((e) => e.id !== id) }));
	}

	addContact(contact: Omit<ContactRecord, 'id'>): Promise<boolean> {
		const length = contact.reference.length + contact.outcome.length;
		if (length > MAX_FIELD_CHARS) {
			this.tooLong = { ...this.tooLong, contact: length };
			return Promise.resolve(false);
		}
		const full = { ...contact, id: this.#newId() };
		return this.#write((i) => (i.contacts.some((c) => c.id === full.id) ? i : { ...i, contacts: [...i.contacts, full] }));
	}

	removeContact(id: string): Promise<boolean> {
		return this.#write((i) => ({ ...i, contacts: i.contacts.filter((c) => c.id !== id) }));
	}

	/** What the screen shows: the stored record, what is typed and unsaved, and too-long text. */
	#screen(stored: Incident): Incident {
		// What is being written now counts too: a refresh that lands mid-write must never put an
		// older text back into the field being typed in.
		const shown = this.#withPlan(applyFields(applyFields(stored, this.#inFlight), this.#pending), [...this.#planInFlight, ...this.#planPending]);
		// A field in conflict shows this tab's text; the other tab's is in the notice.
		const mine: Partial<Details> = {};
		for (const key of Object.keys(this.held) as (keyof Details)[]) {
			if (!(key in this.#pending) && !(key in this.#inFlight) && this.#mine[key] !== undefined) mine[key] = this.#mine[key];
		}
		return { ...shown, details: { ...shown.details, ...mine, ...this.#onScreen } };
	}

	#write(
		change: (incident: Incident) => Incident,
		retry?: { fields: DraftFields; bases: Partial<Record<keyof Details, string>>; saved?: () => void },
		planOps?: readonly PlanOp[]
	): Promise<boolean> {
		const id = this.incident?.id;
		if (!id) return Promise.resolve(false);
		const run = async (): Promise<boolean> => {
			this.saveState = 'saving';
			try {
				let saved: Incident;
				try {
					saved = await this.#store.update(id, change);
				} catch (error) {
					// The database vanished under the page: write back what is on screen, then this.
					if (!(error instanceof IncidentNotFoundError) || error.damaged || !this.#store.vanished) throw error;
					await this.#putBack();
					saved = await this.#store.update(id, change);
				}
				this.#stored = saved;
				if (retry) this.#inFlight = without(this.#inFlight, retry.fields);
				if (planOps) this.#planInFlight = this.#planInFlight.filter((o) => !planOps.includes(o));
				retry?.saved?.();
				// Fields typed while this write was under way stay on screen.
				this.incident = keepUnchanged(this.incident, this.#screen(saved));
				this.saveState = this.#hasPending() ? 'pending' : 'saved';
				// What is typed meanwhile joins the draft when its own write starts.
				this.#writeDraft(false);
				return true;
			} catch (error) {
				// Keep the typed text on screen and in the draft; it is written on the next try.
				if (retry) {
					this.#inFlight = without(this.#inFlight, retry.fields);
					this.#pending = { ...retry.fields, ...this.#pending, sender: mergeSender(retry.fields.sender, this.#pending.sender) };
					if (this.#pending.sender === undefined) delete this.#pending.sender;
					this.#bases = { ...retry.bases, ...this.#bases };
				}
				this.#writeDraft();
				this.saveState =
					error instanceof StorageFullError ? 'full' : error instanceof RecordTooLargeError ? 'too-large' : 'failed';
				return false;
			}
		};
		const next = this.#chain.then(run);
		this.#chain = next;
		return next;
	}

	/** The draft: what is being written, and (unless `withPending` is false) what waits to be. */
	#writeDraft(withPending = true): void {
		const id = this.incident?.id;
		if (!id || !this.#drafts) return;
		try {
			const pending = withPending ? this.#pending : {};
			const unsaved: Draft = { ...this.#inFlight, ...pending, sender: mergeSender(this.#inFlight.sender, pending.sender) };
			if (unsaved.sender === undefined) delete unsaved.sender;
			const plan = [...this.#planInFlight, ...this.#planPending];
			if (plan.length) unsaved.plan = plan;
			if (Object.keys(unsaved).length) this.#drafts.setItem(draftKey(id), JSON.stringify(unsaved));
			else this.#drafts.removeItem(draftKey(id));
		} catch {
			// A full localStorage: the IndexedDB write still runs.
		}
	}

	/** A draft left by an interrupted page; its check (zod, ./draft-check.ts) loads only when there is one. */
	async #readDraft(id: string): Promise<Draft | undefined> {
		let text: string | null | undefined;
		try {
			text = this.#drafts?.getItem(draftKey(id));
		} catch {
			return undefined;
		}
		if (!text) return undefined;
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			this.notices = [...this.notices, { kind: 'draft-dropped', fields: ['*'] }];
			return undefined;
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			this.notices = [...this.notices, { kind: 'draft-dropped', fields: ['*'] }];
			return undefined;
		}
		const { sanitize } = await import('./draft-check');
		const { fields, dropped } = sanitize(parsed as Record<string, unknown>);
		if (dropped.length) this.notices = [...this.notices, { kind: 'draft-dropped', fields: dropped }];
		return fields;
	}
}

/**
 * The fields of `all` except those `done` wrote with the same value. Compared as values (a text,
 * null, or the sender's parts), not as JSON: serialising a 100 KB field twice after every write
 * cost each key's follow-up work on a slow phone.
 */
function without(all: DraftFields, done: DraftFields): DraftFields {
	const out: Record<string, unknown> = { ...all };
	for (const [key, value] of Object.entries(done)) {
		if (sameContent(out[key], value)) delete out[key];
	}
	return out as DraftFields;
}

function mergeSender(a: Sender | undefined, b: Sender | undefined): Sender | undefined {
	return a || b ? { ...a, ...b } : undefined;
}

/**
 * `next` with each of its parts that equals `prev`'s in content kept as `prev`'s object. A write
 * after every key reads the whole record back (new arrays, new objects); kept, the screen's parts
 * that did not change (the timeline, the contacts, the plan) see the same value and do nothing.
 */
export function keepUnchanged(prev: Incident | undefined, next: Incident): Incident {
	if (!prev || prev.id !== next.id) return next;
	const out: Record<string, unknown> = { ...next };
	for (const [key, value] of Object.entries(out)) {
		// The details are what a write changes: compared field by field on screen, not here (a long text twice).
		if (key === 'details') continue;
		const before = (prev as Record<string, unknown>)[key];
		if (value !== before && typeof value === 'object' && value !== null && sameContent(before, value)) out[key] = before;
	}
	return out as Incident;
}

/**
 * Equal as JSON would write them (a key holding undefined counts as absent), compared as values,
 * not serialised: a 100 KB field is compared once, not written out twice.
 */
function sameContent(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
	const present = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
	const ka = present(a);
	const kb = present(b);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Puts typed fields over an incident; sender parts are merged one by one, so a part not typed stays. */
function applyFields(incident: Incident, fields: DraftFields): Incident {
	const { discoveredAt, sender, ...details } = fields;
	const next: Incident = { ...incident, details: { ...incident.details, ...details } };
	if (discoveredAt === null) delete next.discoveredAt;
	else if (discoveredAt !== undefined) next.discoveredAt = discoveredAt;
	if (sender !== undefined) next.sender = { ...incident.sender, ...sender };
	return next;
}
