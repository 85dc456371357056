import { StorageFullError } from '$lib/storage/errors';
import { emptyProfile, type OwnContact, type Profile, type Role, type Usual } from './schema';
import { loadProfile, saveProfile } from './store';

export type ProfileSaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'full';

export interface ProfileEditorOptions {
	/** Another database name (tests). */
	dbName?: string;
	now?: () => Date;
}

/**
 * The profile page's state: the profile as typed, saved after every change, one write after
 * another. A damaged stored profile is not overwritten until the user chooses to start again.
 */
export class ProfileEditor {
	profile = $state<Profile>();
	/** The stored profile could not be read; `damagedError` says why. */
	damaged = $state(false);
	damagedError = $state('');
	loadFailed = $state(false);
	saveState = $state<ProfileSaveState>('idle');

	readonly #dbName: string | undefined;
	readonly #now: () => Date;
	#saving: Promise<void> = Promise.resolve();

	constructor(options: ProfileEditorOptions = {}) {
		this.#dbName = options.dbName;
		this.#now = options.now ?? (() => new Date());
	}

	async load(): Promise<void> {
		try {
			const stored = await loadProfile(this.#dbName);
			if (stored && !stored.ok) {
				this.damaged = true;
				this.damagedError = stored.error;
				return;
			}
			this.profile = stored?.profile ?? emptyProfile(this.#now());
		} catch {
			this.loadFailed = true;
		}
	}

	/** Replaces a damaged profile with an empty one (the user asked to). */
	startAgain(): Promise<void> {
		this.damaged = false;
		this.profile = emptyProfile(this.#now());
		return this.#save();
	}

	setKind(kind: Profile['kind']): Promise<void> {
		return this.#change((p) => ({ ...p, kind }));
	}

	setContact(role: Role, key: keyof OwnContact, value: string): Promise<void> {
		return this.#change((p) => ({ ...p, contacts: { ...p.contacts, [role]: { ...p.contacts[role], [key]: value } } }));
	}

	setPrefecture(code: string): Promise<void> {
		return this.#change((p) => ({ ...p, prefecture: code as Profile['prefecture'] }));
	}

	setUsual(key: keyof Usual, value: string): Promise<void> {
		return this.#change((p) => ({ ...p, usual: { ...p.usual, [key]: value } }));
	}

	/** 「内容を確認しました」: starts the year until the next reminder. */
	markReviewed(): Promise<void> {
		return this.#change((p) => ({ ...p, reviewedAt: this.#now().toISOString() }));
	}

	flush(): Promise<void> {
		return this.#saving;
	}

	#change(change: (p: Profile) => Profile): Promise<void> {
		if (!this.profile) return Promise.resolve();
		this.profile = { ...change(this.profile), updatedAt: this.#now().toISOString() };
		return this.#save();
	}

	#save(): Promise<void> {
		this.saveState = 'saving';
		this.#saving = this.#saving.then(async () => {
			const snapshot = $state.snapshot(this.profile);
			if (!snapshot) return;
			try {
				await saveProfile(snapshot as Profile, this.#dbName);
				this.saveState = 'saved';
			} catch (error) {
				this.saveState = error instanceof StorageFullError ? 'full' : 'failed';
			}
		});
		return this.#saving;
	}
}
