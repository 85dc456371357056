import type { ContactRecord, Details, Incident, Sender, TimelineEntry } from './schema';
import type { ShodoIncidentStore } from '$lib/storage';
import { StorageFullError } from '$lib/storage/errors';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'full' | 'failed';

/** A small key-value store that survives a reload; localStorage in the browser. */
export interface DraftStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

type DraftFields = Partial<Details> & { discoveredAt?: string | null; sender?: Sender };

const draftKey = (id: string) => `shodo-navi:draft:${id}`;

/**
 * The incident being edited on a screen. Typing changes the screen at once; the store is
 * written after a pause, on blur, and when the page is hidden. Until a write lands, the typed
 * fields also sit in a synchronous draft, so a reload in that moment loses nothing.
 * Only the fields typed here are written, merged into the stored record, so the triage's own
 * writes in between are kept.
 */
export class IncidentEditor {
	incident = $state<Incident | undefined>();
	saveState = $state<SaveState>('idle');
	loadError = $state<string | undefined>();

	readonly #store: ShodoIncidentStore;
	readonly #drafts: DraftStore | undefined;
	readonly #delay: number;
	readonly #newId: () => string;
	#pending: DraftFields = {};
	#timer: ReturnType<typeof setTimeout> | undefined;
	#chain: Promise<unknown> = Promise.resolve();

	constructor(
		store: ShodoIncidentStore,
		options: { drafts?: DraftStore; delay?: number; newId?: () => string } = {}
	) {
		this.#store = store;
		this.#drafts = options.drafts;
		this.#delay = options.delay ?? 600;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
	}

	/** Loads the current incident and applies a draft left by an interrupted page. */
	async load(): Promise<void> {
		try {
			const incident = await this.#store.current();
			const leftover = this.#readDraft(incident.id);
			this.incident = incident;
			if (leftover) {
				this.#pending = leftover;
				this.incident = applyFields(incident, leftover);
				await this.flush();
			}
		} catch (error) {
			this.loadError = error instanceof StorageFullError ? 'full' : String(error);
		}
	}

	setDetail(key: keyof Details, value: string): void {
		this.#edit({ [key]: value });
	}

	setDiscoveredAt(at: string | null): void {
		this.#edit({ discoveredAt: at });
	}

	setSender(sender: Sender): void {
		this.#edit({ sender });
	}

	#edit(fields: DraftFields): void {
		if (!this.incident) return;
		this.#pending = { ...this.#pending, ...fields };
		this.incident = applyFields(this.incident, fields);
		this.#writeDraft();
		this.saveState = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
	}

	/** Writes what is pending now (blur, page hidden, before leaving). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const fields = this.#pending;
		if (!this.incident || Object.keys(fields).length === 0) return this.#chain.then(() => {});
		this.#pending = {};
		return this.#write((i) => applyFields(i, fields), fields);
	}

	addTimeline(entry: Omit<TimelineEntry, 'id'>): Promise<void> {
		const full = { ...entry, id: this.#newId() };
		return this.#write((i) => ({ ...i, timeline: [...i.timeline, full] }));
	}

	removeTimeline(id: string): Promise<void> {
		return this.#write((i) => ({ ...i, timeline: i.timeline.filter((e) => e.id !== id) }));
	}

	addContact(contact: Omit<ContactRecord, 'id'>): Promise<void> {
		const full = { ...contact, id: this.#newId() };
		return this.#write((i) => ({ ...i, contacts: [...i.contacts, full] }));
	}

	removeContact(id: string): Promise<void> {
		return this.#write((i) => ({ ...i, contacts: i.contacts.filter((c) => c.id !== id) }));
	}

	#write(change: (incident: Incident) => Incident, fields?: DraftFields): Promise<void> {
		const id = this.incident?.id;
		if (!id) return Promise.resolve();
		const run = async () => {
			this.saveState = 'saving';
			try {
				const saved = await this.#store.update(id, change);
				// Fields typed while this write was under way stay on screen.
				this.incident = applyFields(saved, this.#pending);
				this.saveState = Object.keys(this.#pending).length ? 'pending' : 'saved';
				if (!Object.keys(this.#pending).length) this.#drafts?.removeItem(draftKey(id));
			} catch (error) {
				// Keep the typed text on screen and in the draft; it is written on the next try.
				if (fields) this.#pending = { ...fields, ...this.#pending };
				this.#writeDraft();
				this.saveState = error instanceof StorageFullError ? 'full' : 'failed';
			}
		};
		const next = this.#chain.then(run);
		this.#chain = next;
		return next;
	}

	#writeDraft(): void {
		const id = this.incident?.id;
		if (!id || !this.#drafts) return;
		try {
			if (Object.keys(this.#pending).length) this.#drafts.setItem(draftKey(id), JSON.stringify(this.#pending));
		} catch {
			// A full localStorage: the IndexedDB write still runs.
		}
	}

	#readDraft(id: string): DraftFields | undefined {
		try {
			const text = this.#drafts?.getItem(draftKey(id));
			if (!text) return undefined;
			const parsed: unknown = JSON.parse(text);
			return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? sanitize(parsed as Record<string, unknown>) : undefined;
		} catch {
			return undefined;
		}
	}
}

const DETAIL_KEYS: (keyof Details)[] = [
	'deviceType',
	'os',
	'securitySoftware',
	'cloudServices',
	'whatHappened',
	'whySuspected',
	'desksConsulted'
];

/** Keeps only well-formed fields of a draft read back from storage. */
function sanitize(raw: Record<string, unknown>): DraftFields {
	const out: DraftFields = {};
	for (const key of DETAIL_KEYS) if (typeof raw[key] === 'string') out[key] = raw[key];
	if (raw.discoveredAt === null || typeof raw.discoveredAt === 'string') out.discoveredAt = raw.discoveredAt;
	if (raw.sender && typeof raw.sender === 'object') {
		const s = raw.sender as Record<string, unknown>;
		out.sender = Object.fromEntries(
			(['name', 'organisation', 'phone', 'email'] as const).filter((k) => typeof s[k] === 'string').map((k) => [k, s[k]])
		);
	}
	return out;
}

function applyFields(incident: Incident, fields: DraftFields): Incident {
	const { discoveredAt, sender, ...details } = fields;
	const next: Incident = { ...incident, details: { ...incident.details, ...details } };
	if (discoveredAt === null) delete next.discoveredAt;
	else if (discoveredAt !== undefined) next.discoveredAt = discoveredAt;
	if (sender !== undefined) next.sender = sender;
	return next;
}
