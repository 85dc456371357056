import { CONFLICT_SEPARATOR, mergeField } from './merge';
import { WriteThrough } from './write-through';

/** Where unsent text is kept: one value per key, changed in one transaction (IndexedDB's meta store in the browser). */
export interface UnsentStore {
	read(key: string): Promise<unknown>;
	/** Reads, changes and writes in one go; `change` returns undefined to delete. */
	update(key: string, change: (stored: unknown) => string | undefined): Promise<unknown>;
}

/** The key of a field's unsent text: by incident and field, so tabs on other incidents never share it. */
export const unsentKey = (incidentId: string, field: string) => `unsent:${incidentId}:${field}`;

/**
 * Where a field's text is kept while there is no incident yet (a quick note typed on a first
 * visit: a page that only shows the field creates no record). The first incident that loads the
 * field takes it over.
 */
export const NO_INCIDENT_YET = 'none-yet';

/** The old home of unsent text: one localStorage key per field for every tab and incident. */
export const legacyUnsentKey = (field: string) => `shodo-navi:unsent:${field}`;

interface Legacy {
	getItem(key: string): string | null;
	removeItem(key: string): void;
}

/**
 * Text typed into a field that is sent with a button (a timeline entry, a contact, a quick note)
 * and not sent yet. Kept where typed fields are kept (IndexedDB), written the same way
 * (./write-through.ts: `delay` ms after the last keystroke, at the latest `maxWait` ms after the
 * first unsaved one, never inside the keystroke's frame). Keyed by
 * incident and field. Two tabs typing in the same one merge as the details do: the other tab's
 * text is kept after one marker, never nested, and sending takes out only this tab's part.
 */
export class UnsentText {
	/** What the field shows. */
	text = $state('');
	readonly #field: string;
	readonly #store: UnsentStore;
	readonly #writeThrough: WriteThrough;
	#key: string | undefined;
	/** What the store held when this tab last read or wrote it. */
	#base = '';
	/** Other tabs' text kept beside this tab's. */
	#held: string | undefined;
	#chain: Promise<unknown> = Promise.resolve();

	constructor(field: string, store: UnsentStore, options: { delay?: number; maxWait?: number } = {}) {
		this.#field = field;
		this.#store = store;
		this.#writeThrough = new WriteThrough(() => void this.flush(), options);
	}

	/**
	 * Reads what was left unsent in this incident's field (NO_INCIDENT_YET: before any incident
	 * exists). Text typed before the read answers stays, with what was kept after it. Text from
	 * the old shared key, and text kept before there was an incident, are taken over once.
	 */
	async load(incidentId: string, legacy?: Legacy): Promise<void> {
		// Loaded once per incident: a page that calls again (its record was saved) changes nothing.
		if (this.#key === unsentKey(incidentId, this.#field)) return;
		const from = this.#key;
		this.#key = unsentKey(incidentId, this.#field);
		const read = async (key: string) => {
			try {
				const stored = await this.#store.read(key);
				return typeof stored === 'string' ? stored : '';
			} catch {
				// Unreadable: the field starts empty, and typing still tries to keep it.
				return '';
			}
		};
		const kept = await read(this.#key);
		const early = unsentKey(NO_INCIDENT_YET, this.#field);
		const before = this.#key === early ? '' : await read(early);
		let old = '';
		try {
			old = legacy?.getItem(legacyUnsentKey(this.#field)) ?? '';
		} catch {
			old = '';
		}
		this.#base = kept;
		// Moved from another key, the text on screen is no longer this tab's part of what that key holds.
		if (from !== undefined) this.#held = undefined;
		const shown = [this.text, kept, ...[before, old].filter((t) => t !== '' && !kept.includes(t) && !this.text.includes(t))].filter((t) => t !== '');
		this.text = shown.join('\n');
		if (this.text !== kept && !(await this.flush())) return;
		if (before !== '') await this.#run(early, (theirs) => ({ text: theirs === before ? '' : theirs, held: undefined }), false);
		if (old) {
			try {
				legacy?.removeItem(legacyUnsentKey(this.#field));
			} catch {
				// nothing to clear
			}
		}
	}

	/** Called on every keystroke. */
	input(text: string): void {
		this.text = text;
		if (this.#key) this.#writeThrough.schedule();
	}

	/** Writes the field's text now; resolves false when it could not be kept (it stays on screen). */
	flush(): Promise<boolean> {
		this.#writeThrough.clear();
		const key = this.#key;
		if (!key) return Promise.resolve(false);
		return this.#run(key, (theirs) => mergeField(this.text, this.#base, theirs, this.#held));
	}

	/**
	 * `sent` was stored as an entry: it leaves the field (what was typed meanwhile stays) and only
	 * this tab's part leaves the store; another tab's unsent text stays.
	 */
	sent(sent: string): Promise<boolean> {
		this.#writeThrough.clear();
		this.text = this.text.startsWith(sent) ? this.text.slice(sent.length) : this.text;
		const key = this.#key;
		if (!key) return Promise.resolve(false);
		return this.#run(key, (theirs) => {
			const others = theirs
				.split(CONFLICT_SEPARATOR)
				.filter((part) => part !== '' && !sent.includes(part) && !this.text.startsWith(part));
			const other = others.length ? others.join(CONFLICT_SEPARATOR) : undefined;
			const text = [this.text, ...others].filter((t) => t !== '').join(CONFLICT_SEPARATOR);
			return { text, held: other, conflict: false };
		});
	}

	/** Runs one change of a key after the ones before it; `own`: the key is this field's, and what it holds now is remembered. */
	#run(key: string, merge: (theirs: string) => { text: string; held: string | undefined }, own = true): Promise<boolean> {
		const run = async () => {
			let result: { text: string; held: string | undefined } | undefined;
			try {
				await this.#store.update(key, (stored) => {
					result = merge(typeof stored === 'string' ? stored : '');
					return result.text === '' ? undefined : result.text;
				});
			} catch {
				// A full disk or no storage: the text is still in the field; the next keystroke retries.
				return false;
			}
			if (result && own) {
				this.#base = result.text;
				this.#held = result.held;
			}
			return true;
		};
		const next = this.#chain.then(run);
		this.#chain = next;
		return next;
	}
}
