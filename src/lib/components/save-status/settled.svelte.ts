/**
 * A state as the screen shows it: it follows the real state once that has held `settleMs`, or at
 * once for a state that must be seen at once (a failure). While a person types, a save status runs
 * pending → saving → saved within a few dozen milliseconds of every key; showing each step changed
 * the page three times a key, and beside a long text each change cost a frame of layout and paint
 * that the next key waited for. Held back, quick typing changes nothing on screen, and a save that
 * takes long still shows as under way.
 */
export class Settled<T> {
	shown = $state() as T;
	readonly #settleMs: number;
	readonly #atOnce: (state: T) => boolean;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(initial: T, { settleMs = 400, atOnce = () => false }: { settleMs?: number; atOnce?: (state: T) => boolean } = {}) {
		this.shown = initial;
		this.#settleMs = settleMs;
		this.#atOnce = atOnce;
	}

	/** The real state changed. */
	set(state: T): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (state === this.shown) return;
		if (this.#atOnce(state)) this.shown = state;
		else this.#timer = setTimeout(() => (this.shown = state), this.#settleMs);
	}

	stop(): void {
		clearTimeout(this.#timer);
	}
}
