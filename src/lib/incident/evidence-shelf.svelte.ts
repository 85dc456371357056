import { sha256Hex } from '$lib/browser/hash';
import { FileTooLargeError, MAX_EVIDENCE_BYTES, StorageFullError, type EvidenceStore } from './store';
import type { EvidenceRef, Incident, TimelineEntry } from './schema';
export { formatBytes } from './evidence';

export type AttachProblem = { kind: 'too-large' | 'full' | 'failed'; name: string; size: number };

/** What the shelf needs of the incident editor: the incident, adding and removing timeline entries. */
export interface TimelineWriter {
	readonly incident: Incident | undefined;
	readonly saveState: string;
	/** False when the entry could not be stored (the editor says why). */
	addTimeline(entry: Omit<TimelineEntry, 'id'>): Promise<boolean>;
	removeTimeline(id: string): Promise<boolean>;
}

export interface SpaceUsed {
	/** What the browser says this site uses; undefined where it does not say. */
	usage?: number;
	quota?: number;
	/** The bytes of this incident's files. */
	files: number;
}

/**
 * The photos and files of the incident on screen: attaching one (hash, store the bytes, then the
 * timeline entry that names them), thumbnails as object URLs, and the space used. The bytes are
 * written first: if the disk is full nothing is written at all, and if the timeline write then
 * fails the bytes are taken back out, so what was saved before never changes.
 */
export class EvidenceShelf {
	urls = $state<Record<string, string>>({});
	/** Evidence ids whose bytes are on this device. */
	present = $state<Record<string, true>>({});
	busy = $state(false);
	problem = $state<AttachProblem | undefined>();
	space = $state<SpaceUsed>({ files: 0 });

	readonly #store: EvidenceStore;
	readonly #writer: TimelineWriter;
	readonly #estimate: () => Promise<{ usage: number; quota: number } | undefined>;
	readonly #newId: () => string;

	constructor(
		store: EvidenceStore,
		writer: TimelineWriter,
		options: { estimate?: () => Promise<{ usage: number; quota: number } | undefined>; newId?: () => string } = {}
	) {
		this.#store = store;
		this.#writer = writer;
		this.#estimate = options.estimate ?? (async () => undefined);
		this.#newId = options.newId ?? (() => crypto.randomUUID());
	}

	/** Reads which files are on the device and makes their thumbnails. */
	async load(): Promise<void> {
		const id = this.#writer.incident?.id;
		if (!id) return;
		const records = await this.#store.listFor(id);
		const present: Record<string, true> = {};
		const urls: Record<string, string> = {};
		for (const r of records) {
			present[r.id] = true;
			if (r.type.startsWith('image/') && typeof URL.createObjectURL === 'function') urls[r.id] = URL.createObjectURL(r.blob);
		}
		this.#revoke();
		this.present = present;
		this.urls = urls;
		await this.#measure(records.reduce((sum, r) => sum + r.size, 0));
	}

	async attach(file: File, caption: string, now: Date): Promise<EvidenceRef | undefined> {
		const incidentId = this.#writer.incident?.id;
		if (!incidentId || this.busy) return undefined;
		const name = file.name || 'photo';
		this.problem = undefined;
		if (file.size > MAX_EVIDENCE_BYTES) {
			this.problem = { kind: 'too-large', name, size: file.size };
			return undefined;
		}
		this.busy = true;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const ref: EvidenceRef = { id: this.#newId(), name, type: file.type, size: bytes.length, sha256: await sha256Hex(bytes) };
			const at = now.toISOString();
			const blob = new Blob([bytes], { type: file.type });
			await this.#store.put([{ incidentId, ...ref, at, blob }]);
			const stored = await this.#writer.addTimeline({ kind: 'seen', at, text: caption.trim() || name, evidence: ref });
			const state = this.#writer.saveState;
			if (!stored || state === 'full' || state === 'failed') {
				await this.#store.remove(incidentId, ref.id).catch(() => {});
				this.problem = { kind: state === 'full' ? 'full' : 'failed', name, size: file.size };
				return undefined;
			}
			this.present = { ...this.present, [ref.id]: true };
			if (ref.type.startsWith('image/') && typeof URL.createObjectURL === 'function') {
				this.urls = { ...this.urls, [ref.id]: URL.createObjectURL(blob) };
			}
			await this.#measure(this.space.files + ref.size);
			return ref;
		} catch (error) {
			this.problem = {
				kind: error instanceof StorageFullError ? 'full' : error instanceof FileTooLargeError ? 'too-large' : 'failed',
				name,
				size: file.size
			};
			return undefined;
		} finally {
			this.busy = false;
		}
	}

	/** Removes the timeline entry, then its bytes. */
	async remove(entry: TimelineEntry): Promise<boolean> {
		const incidentId = this.#writer.incident?.id;
		const removed = await this.#writer.removeTimeline(entry.id);
		if (!removed || !incidentId || !entry.evidence) return removed;
		if (this.#writer.incident?.timeline.some((e) => e.id === entry.id)) return false;
		const evidenceId = entry.evidence.id;
		await this.#store.remove(incidentId, evidenceId);
		const url = this.urls[evidenceId];
		if (url) URL.revokeObjectURL(url);
		const { [evidenceId]: _u, ...urls } = this.urls;
		const { [evidenceId]: _p, ...present } = this.present;
		this.urls = urls;
		this.present = present;
		await this.#measure(Math.max(0, this.space.files - entry.evidence.size));
		return true;
	}

	dispose(): void {
		this.#revoke();
	}

	#revoke(): void {
		if (typeof URL.revokeObjectURL !== 'function') return;
		for (const url of Object.values(this.urls)) URL.revokeObjectURL(url);
	}

	async #measure(files: number): Promise<void> {
		const e = await this.#estimate().catch(() => undefined);
		this.space = e ? { usage: e.usage, quota: e.quota, files } : { files };
	}
}
