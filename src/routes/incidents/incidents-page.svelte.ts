import type { ShodoIncidentStore } from '$lib/storage';
import { RecordTooLargeError, StorageFullError, megabytesFor } from '$lib/storage/errors';
import type { Incident, StoredIncident } from '$lib/incident/schema';
import type { DraftStore, TabIncident } from '$lib/incident/incident-editor.svelte';
import {
	serialiseExport,
	findConflicts,
	planImport,
	type Conflict,
	type ConflictChoice,
	type ImportContents,
	type ImportProblem
} from '$lib/incident/transfer';
import { fileKey } from '$lib/incident/archive-names';
import type { ArchiveProblem } from '$lib/incident/archive';
import { lock, unlock, type LockedProblem } from '$lib/incident/locked';
import type { ReadImport, ReadResult } from '$lib/incident/read-import';
import type { EvidenceRecord, EvidenceStore } from '$lib/storage/evidence-store';
import type { Profile } from '$lib/profile/schema';
import type { ProfileImportCheck } from '$lib/profile/store';

/** How the list exports and imports the profile beside the incidents (src/lib/profile/store.ts). */
export interface ProfileTransfer {
	read(): Promise<unknown>;
	/** Whether the file's profile is new here, the same, different from the device's, or unreadable. */
	check(raw: unknown): Promise<ProfileImportCheck>;
	/**
	 * 'saved' when the device had none; 'kept' when it has its own and `replace` is not set;
	 * 'replaced' when the user chose the file's; 'invalid' when unreadable.
	 */
	importRaw(raw: unknown, replace?: boolean): Promise<'saved' | 'kept' | 'replaced' | 'invalid'>;
}

/** What became of the profile in an imported file ('failed': it could not be written). */
export type ProfileOutcome = 'saved' | 'kept' | 'replaced' | 'invalid' | 'failed';

export type Notice =
	| { kind: 'problem'; problem: ImportProblem | ArchiveProblem }
	| { kind: 'read-failed' }
	| { kind: 'full' }
	| { kind: 'import-full'; mb: number }
	| { kind: 'import-too-large'; id: string }
	| { kind: 'failed' }
	| { kind: 'imported'; count: number; profile?: ProfileOutcome }
	| { kind: 'deleted' }
	| { kind: 'exported'; skipped: string[]; locked?: boolean }
	/** A locked file that did not open: nothing was read or written. */
	| { kind: 'unlock-failed'; problem: LockedProblem };

/** How many incidents the list draws at first, and adds with each 「さらに表示」. */
export const PAGE_SIZE = 50;

/** When the user last exported, kept beside the drafts (localStorage): shown on the list. */
export const LAST_EXPORT_KEY = 'shodo-navi:last-export';

const stamp = (s: StoredIncident) => (s.ok ? Date.parse(s.incident.updatedAt) : -Infinity);

/** The incidents list: what is stored, and the import waiting for the user's choices. */
export class IncidentsPage {
	stored = $state<StoredIncident[]>([]);
	currentId = $state<string | undefined>();
	loaded = $state(false);
	notice = $state<Notice | undefined>();
	/**
	 * `profile`: the file's profile differs from the device's, and the user chooses which to keep.
	 * Raw, never replaced in part: a deep proxy would reach storage and structuredClone, which refuse it.
	 */
	pendingImport = $state.raw<{ contents: ImportContents; conflicts: Conflict[]; profile?: { mine: Profile | undefined; theirs: Profile } } | undefined>();
	choices = $state<Record<string, ConflictChoice>>({});
	/** For a profile that differs: the device's is kept unless the user chooses the file's. */
	profileChoice = $state<'keep-mine' | 'use-theirs'>('keep-mine');
	lastExportAt = $state<string | undefined>();
	/** How many of `stored` the list draws: 10,000 incidents open as quickly as 50. */
	shown = $state(PAGE_SIZE);
	/** An import under way: records written so far, of all. */
	progress = $state<{ done: number; total: number } | undefined>();
	/** A locked file waiting for its passphrase (src/lib/incident/locked.ts); raw bytes, never proxied. */
	locked = $state.raw<Uint8Array | undefined>();
	/** Deriving the key takes about a second: what is being done meanwhile. */
	busy = $state<'locking' | 'unlocking' | undefined>();
	/** An archive being checked before import: bytes unpacked so far, of all it declares. */
	unpacking = $state<{ done: number; total: number } | undefined>();

	readonly store: ShodoIncidentStore;
	readonly #meta: Pick<DraftStore, 'getItem' | 'setItem'> | undefined;
	readonly #tab: TabIncident | undefined;
	readonly #profile: ProfileTransfer | undefined;
	#profileRaw: unknown;
	readonly #evidence: EvidenceStore | undefined;
	readonly #read: ReadImport;
	/** The bytes of the photos in the archive being imported, by fileKey. */
	#files = new Map<string, Uint8Array>();

	constructor(
		store: ShodoIncidentStore,
		options: {
			meta?: Pick<DraftStore, 'getItem' | 'setItem'>;
			tab?: TabIncident;
			profile?: ProfileTransfer;
			evidence?: EvidenceStore;
			/** How a chosen file is read and checked: in a worker in the browser (src/lib/incident/import-in-worker.ts). */
			read?: ReadImport;
		} = {}
	) {
		this.store = store;
		this.#meta = options.meta;
		this.#tab = options.tab;
		this.#profile = options.profile;
		this.#evidence = options.evidence;
		// The archive code (fflate) loads when a file is read, not with the list.
		this.#read = options.read ?? (async (bytes, onProgress) => (await import('$lib/incident/read-import')).readImport(bytes, onProgress));
		const saved = this.#meta?.getItem(LAST_EXPORT_KEY);
		this.lastExportAt = saved && !Number.isNaN(Date.parse(saved)) ? saved : undefined;
	}

	async refresh(): Promise<void> {
		const all = await this.store.list();
		this.stored = all.sort((a, b) => stamp(b) - stamp(a));
		this.currentId = await this.store.currentId();
		this.#profileRaw = await this.#profile?.read().catch(() => undefined);
		this.loaded = true;
	}

	/** The first `shown` incidents, newest first. */
	get visible(): StoredIncident[] {
		return this.stored.slice(0, this.shown);
	}

	showMore(): void {
		this.shown += PAGE_SIZE;
	}

	async open(id: string): Promise<void> {
		await this.#guard(async () => {
			await this.store.setCurrent(id);
			this.#tab?.set(id);
		});
	}

	async startNew(): Promise<void> {
		await this.#guard(async () => {
			await this.store.setCurrent(null);
			const fresh = await this.store.current();
			this.#tab?.set(fresh.id);
		});
	}

	async setStatus(id: string, status: 'open' | 'closed'): Promise<void> {
		await this.#guard(async () => void (await this.store.update(id, (i) => ({ ...i, status }))));
	}

	async remove(id: string): Promise<void> {
		await this.#guard(async () => {
			await this.store.remove(id);
			return { kind: 'deleted' } as const;
		});
	}

	/** The export file; records JSON cannot write are left out and named in `skipped`. */
	exportFile(now: Date): { text: string; skipped: string[] } {
		return serialiseExport(this.stored, now, this.#profileRaw);
	}

	/** The photos and files of the incidents listed, for the archive; none without an evidence store. */
	async #filesToExport(): Promise<EvidenceRecord[]> {
		if (!this.#evidence) return [];
		const named = new Set(
			this.stored.flatMap((s) => (s.ok ? s.incident.timeline.flatMap((e) => (e.evidence ? [`${s.incident.id}/${e.evidence.id}`] : [])) : []))
		);
		return (await this.#evidence.all()).filter((r) => named.has(`${r.incidentId}/${r.id}`));
	}

	/**
	 * The export as one ZIP with the photos where any incident holds one; undefined when there
	 * are none, and the plain JSON export (exportFile) is the file.
	 */
	async exportArchive(now: Date): Promise<{ bytes: Uint8Array; skipped: string[] } | undefined> {
		const records = await this.#filesToExport();
		if (!records.length) return undefined;
		const files = await Promise.all(
			records.map(async (r) => ({ incidentId: r.incidentId, id: r.id, name: r.name, bytes: new Uint8Array(await r.blob.arrayBuffer()) }))
		);
		const { text, skipped } = serialiseExport(this.stored, now, this.#profileRaw);
		const { buildArchive } = await import('$lib/incident/archive');
		return { bytes: await buildArchive({ text, exportedAt: now.toISOString() }, files), skipped };
	}

	/**
	 * The export as one file: the ZIP with the photos where any incident holds one, else the JSON.
	 * `zip` says which, for the file's name and type.
	 */
	async exportBytes(now: Date): Promise<{ bytes: Uint8Array; skipped: string[]; zip: boolean }> {
		const archive = await this.exportArchive(now);
		if (archive) return { ...archive, zip: true };
		const { text, skipped } = this.exportFile(now);
		return { bytes: new TextEncoder().encode(text), skipped, zip: false };
	}

	/** The same export, locked with the passphrase (AES-GCM, key from PBKDF2): one file either way. */
	async exportLocked(now: Date, passphrase: string): Promise<{ bytes: Uint8Array; skipped: string[] }> {
		this.busy = 'locking';
		try {
			const { bytes, skipped } = await this.exportBytes(now);
			return { bytes: await lock(bytes, passphrase), skipped };
		} finally {
			this.busy = undefined;
		}
	}

	/** A locked file was chosen: wait for its passphrase. */
	receiveLocked(bytes: Uint8Array): void {
		this.pendingImport = undefined;
		this.locked = bytes;
		this.notice = undefined;
	}

	cancelLocked(): void {
		this.locked = undefined;
	}

	/**
	 * Opens the waiting locked file and imports what is inside as any export. A wrong passphrase
	 * or a changed file says so, writes nothing, and keeps the file waiting for another try.
	 */
	async unlockAndImport(passphrase: string, newId: () => string): Promise<boolean> {
		const bytes = this.locked;
		if (!bytes) return false;
		this.busy = 'unlocking';
		let opened: Awaited<ReturnType<typeof unlock>>;
		try {
			opened = await unlock(bytes, passphrase);
		} finally {
			this.busy = undefined;
		}
		if (!opened.ok) {
			this.notice = { kind: 'unlock-failed', problem: opened.problem };
			if (opened.problem !== 'wrong-passphrase-or-changed') this.locked = undefined;
			return false;
		}
		this.locked = undefined;
		await this.importBytes(opened.plain, newId);
		return true;
	}

	/**
	 * Imports a chosen file, the JSON or the ZIP: read and checked completely first (off the page
	 * where a worker can run, with the progress bar), then written as importText does.
	 */
	async importBytes(bytes: Uint8Array, newId: () => string): Promise<void> {
		this.pendingImport = undefined;
		this.unpacking = { done: 0, total: 0 };
		let parsed: ReadResult;
		try {
			parsed = await this.#read(bytes, (done, total) => (this.unpacking = { done, total }));
		} catch {
			this.notice = { kind: 'read-failed' };
			return;
		} finally {
			this.unpacking = undefined;
		}
		if (!parsed.ok) {
			this.notice = { kind: 'problem', problem: parsed.problem };
			return;
		}
		await this.#receive(parsed.contents, newId, parsed.files);
	}

	/** The export file was handed to the browser: remember when, and say so. */
	markExported(now: Date, skipped: string[] = [], locked = false): void {
		this.lastExportAt = now.toISOString();
		try {
			this.#meta?.setItem(LAST_EXPORT_KEY, this.lastExportAt);
		} catch {
			// A full or blocked localStorage: the date shows until the page is left.
		}
		this.notice = { kind: 'exported', skipped, ...(locked ? { locked } : {}) };
	}

	/** Checks the file and either imports it at once or waits for choices on conflicts. */
	async importText(text: string, newId: () => string): Promise<void> {
		this.pendingImport = undefined;
		// The file's check (zod) loads with the first file read.
		const { parseImport } = await import('$lib/incident/transfer-read');
		const parsed = parseImport(text);
		if (!parsed.ok) {
			this.notice = { kind: 'problem', problem: parsed.problem };
			return;
		}
		await this.#receive(parsed.contents, newId, new Map());
	}

	async #receive(contents: ImportContents, newId: () => string, files: Map<string, Uint8Array>): Promise<void> {
		this.#files = files;
		const parsed = { contents };
		await this.refresh();
		const conflicts = findConflicts(parsed.contents, this.stored);
		const check = contents.profile === undefined ? undefined : await this.#profile?.check(contents.profile).catch(() => undefined);
		const profile = check?.kind === 'differs' ? { mine: check.mine, theirs: check.theirs } : undefined;
		if (conflicts.length || profile) {
			this.choices = Object.fromEntries(conflicts.map((c) => [c.id, 'keep-mine' as const]));
			this.profileChoice = 'keep-mine';
			this.pendingImport = { contents: parsed.contents, conflicts, ...(profile ? { profile } : {}) };
			this.notice = undefined;
			return;
		}
		await this.#apply(parsed.contents, {}, newId);
	}

	async resolveImport(newId: () => string): Promise<void> {
		if (!this.pendingImport) return;
		const { contents, profile } = this.pendingImport;
		this.pendingImport = undefined;
		await this.#apply(contents, this.choices, newId, profile ? this.profileChoice : undefined);
	}

	cancelImport(): void {
		this.pendingImport = undefined;
	}

	/** `profileChoice`: what the user chose for a profile that differs; undefined when nothing was asked. */
	async #apply(contents: ImportContents, choices: Record<string, ConflictChoice>, newId: () => string, profileChoice?: 'keep-mine' | 'use-theirs') {
		const plan = planImport(contents, this.stored, choices, newId);
		const total = plan.put.length + plan.putRaw.length;
		this.progress = { done: 0, total };
		let files: EvidenceRecord[] = [];
		let fileBytes = 0;
		for (const f of this.#files.values()) fileBytes += f.length;
		try {
			// The notice comes with the refreshed list, like every other action's (#guard).
			await this.#guard(async (): Promise<Notice> => {
				try {
					// The photos first, in one transaction: a full disk stops the import before any incident is written.
					files = await this.#putFiles(plan.put);
					// One transaction: all of the file or, on a full disk, none of it.
					await this.store.importAll(plan, (done, all) => (this.progress = { done, total: all }));
					let profile: ProfileOutcome | undefined;
					if (contents.profile !== undefined && this.#profile) {
						profile = await this.#profile.importRaw(contents.profile, profileChoice === 'use-theirs').catch(() => 'failed' as const);
						// The same profile as the device's: nothing to say.
						if (profile === 'kept' && !profileChoice) profile = undefined;
					}
					return { kind: 'imported', count: total, ...(profile ? { profile } : {}) };
				} catch (error) {
					await Promise.all(files.map((f) => this.#evidence?.remove(f.incidentId, f.id).catch(() => {})));
					if (error instanceof StorageFullError) {
						let chars = 0;
						for (const i of plan.put) chars += JSON.stringify(i).length;
						for (const r of plan.putRaw) chars += JSON.stringify(r.raw)?.length ?? 0;
						return { kind: 'import-full', mb: megabytesFor(chars) + Math.ceil(fileBytes / 1_000_000) };
					}
					if (error instanceof RecordTooLargeError) return { kind: 'import-too-large', id: error.id ?? '?' };
					throw error;
				}
			});
		} finally {
			this.progress = undefined;
		}
	}

	async #putFiles(incidents: readonly Incident[]): Promise<EvidenceRecord[]> {
		const files = this.#files;
		this.#files = new Map();
		if (!this.#evidence || files.size === 0) return [];
		const at = new Date().toISOString();
		const records: EvidenceRecord[] = [];
		for (const incident of incidents) {
			for (const entry of incident.timeline) {
				const ref = entry.evidence;
				const bytes = ref && files.get(fileKey(ref.id, ref.sha256));
				if (!ref || !bytes) continue;
				records.push({ incidentId: incident.id, ...ref, at: entry.at ?? at, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: ref.type }) });
			}
		}
		if (records.length) await this.#evidence.put(records);
		return records;
	}

	/**
	 * Runs `work`, then shows the list as stored; the notice `work` returns (or its failure's: a full
	 * disk, else "failed") comes with that list, not before it: said over the old list, "1 record
	 * imported" would be read out over "no records".
	 */
	async #guard(work: () => Promise<Notice | void>): Promise<void> {
		let notice: Notice | undefined;
		try {
			notice = (await work()) ?? undefined;
		} catch (error) {
			notice = error instanceof StorageFullError ? { kind: 'full' } : { kind: 'failed' };
		}
		try {
			await this.refresh();
		} finally {
			if (notice) this.notice = notice;
		}
	}
}
