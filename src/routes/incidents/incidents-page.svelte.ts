import type { ShodoIncidentStore } from '$lib/storage';
import { StorageFullError } from '$lib/storage/errors';
import type { StoredIncident } from '$lib/incident/schema';
import type { DraftStore } from '$lib/incident/incident-editor.svelte';
import {
	buildExport,
	findConflicts,
	parseImport,
	planImport,
	type Conflict,
	type ConflictChoice,
	type ImportContents,
	type ImportProblem
} from '$lib/incident/transfer';

/** How the list exports and imports the profile beside the incidents (src/lib/profile/store.ts). */
export interface ProfileTransfer {
	read(): Promise<unknown>;
	/** 'saved' when the device had none; 'kept' when it has its own (never overwritten); 'invalid' when unreadable. */
	importRaw(raw: unknown): Promise<'saved' | 'kept' | 'invalid'>;
}

export type Notice =
	| { kind: 'problem'; problem: ImportProblem }
	| { kind: 'read-failed' }
	| { kind: 'full' }
	| { kind: 'failed' }
	| { kind: 'imported'; count: number }
	| { kind: 'deleted' }
	| { kind: 'exported' };

/** When the user last exported, kept beside the drafts (localStorage): shown on the list. */
export const LAST_EXPORT_KEY = 'shodo-navi:last-export';

const stamp = (s: StoredIncident) => (s.ok ? Date.parse(s.incident.updatedAt) : -Infinity);

/** The incidents list: what is stored, and the import waiting for the user's choices. */
export class IncidentsPage {
	stored = $state<StoredIncident[]>([]);
	currentId = $state<string | undefined>();
	loaded = $state(false);
	notice = $state<Notice | undefined>();
	pendingImport = $state<{ contents: ImportContents; conflicts: Conflict[] } | undefined>();
	choices = $state<Record<string, ConflictChoice>>({});
	lastExportAt = $state<string | undefined>();

	readonly #store: ShodoIncidentStore;
	readonly #meta: Pick<DraftStore, 'getItem' | 'setItem'> | undefined;
	readonly #profile: ProfileTransfer | undefined;
	#profileRaw: unknown;

	constructor(store: ShodoIncidentStore, options: { meta?: Pick<DraftStore, 'getItem' | 'setItem'>; profile?: ProfileTransfer } = {}) {
		this.#store = store;
		this.#meta = options.meta;
		this.#profile = options.profile;
		const saved = this.#meta?.getItem(LAST_EXPORT_KEY);
		this.lastExportAt = saved && !Number.isNaN(Date.parse(saved)) ? saved : undefined;
	}

	async refresh(): Promise<void> {
		const all = await this.#store.list();
		this.stored = all.sort((a, b) => stamp(b) - stamp(a));
		this.currentId = await this.#store.currentId();
		this.#profileRaw = await this.#profile?.read().catch(() => undefined);
		this.loaded = true;
	}

	async open(id: string): Promise<void> {
		await this.#guard(() => this.#store.setCurrent(id));
	}

	async startNew(): Promise<void> {
		await this.#guard(async () => {
			await this.#store.setCurrent(null);
			await this.#store.current();
		});
	}

	async setStatus(id: string, status: 'open' | 'closed'): Promise<void> {
		await this.#guard(() => this.#store.update(id, (i) => ({ ...i, status })));
	}

	async remove(id: string): Promise<void> {
		await this.#guard(async () => {
			await this.#store.remove(id);
			this.notice = { kind: 'deleted' };
		});
	}

	exportFile(now: Date): string {
		return JSON.stringify(buildExport(this.stored, now, this.#profileRaw), null, 2);
	}

	/** The export file was handed to the browser: remember when, and say so. */
	markExported(now: Date): void {
		this.lastExportAt = now.toISOString();
		try {
			this.#meta?.setItem(LAST_EXPORT_KEY, this.lastExportAt);
		} catch {
			// A full or blocked localStorage: the date shows until the page is left.
		}
		this.notice = { kind: 'exported' };
	}

	/** Checks the file and either imports it at once or waits for choices on conflicts. */
	async importText(text: string, newId: () => string): Promise<void> {
		this.pendingImport = undefined;
		const parsed = parseImport(text);
		if (!parsed.ok) {
			this.notice = { kind: 'problem', problem: parsed.problem };
			return;
		}
		await this.refresh();
		const conflicts = findConflicts(parsed.contents, this.stored);
		if (conflicts.length) {
			this.choices = Object.fromEntries(conflicts.map((c) => [c.id, 'keep-mine' as const]));
			this.pendingImport = { contents: parsed.contents, conflicts };
			this.notice = undefined;
			return;
		}
		await this.#apply(parsed.contents, {}, newId);
	}

	async resolveImport(newId: () => string): Promise<void> {
		if (!this.pendingImport) return;
		const { contents } = this.pendingImport;
		this.pendingImport = undefined;
		await this.#apply(contents, this.choices, newId);
	}

	cancelImport(): void {
		this.pendingImport = undefined;
	}

	async #apply(contents: ImportContents, choices: Record<string, ConflictChoice>, newId: () => string) {
		const plan = planImport(contents, this.stored, choices, newId);
		await this.#guard(async () => {
			for (const incident of plan.put) await this.#store.put(incident);
			for (const { id, raw } of plan.putRaw) await this.#store.putRaw(id, raw);
			if (contents.profile !== undefined) await this.#profile?.importRaw(contents.profile);
			this.notice = { kind: 'imported', count: plan.put.length + plan.putRaw.length };
		});
	}

	async #guard(work: () => Promise<unknown>): Promise<void> {
		try {
			await work();
		} catch (error) {
			this.notice = error instanceof StorageFullError ? { kind: 'full' } : { kind: 'failed' };
		}
		await this.refresh();
	}
}
