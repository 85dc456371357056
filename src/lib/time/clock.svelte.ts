/**
 * The current time as state, so open/closed badges keep themselves current while a page is open.
 * `now` stays null until the clock is started in the browser: pages are prerendered, and a status
 * computed at build time must never be shown as live.
 */
export class Clock {
	now: Date | null = $state(null);
	#intervalMs: number;
	#users = 0;
	#timer: ReturnType<typeof setInterval> | undefined;
	#onVisibility = () => {
		if (document.visibilityState === 'visible') this.tick();
	};

	constructor(intervalMs = 20_000) {
		this.#intervalMs = intervalMs;
	}

	get running(): boolean {
		return this.#users > 0;
	}

	tick(): void {
		this.now = new Date();
	}

	/**
	 * Starts ticking (call from onMount; several components may share one clock). Returns the
	 * function that releases this start; the clock stops when every start has been released.
	 */
	start(): () => void {
		if (typeof window === 'undefined') return () => {};
		this.#users += 1;
		if (this.#users === 1) {
			this.tick();
			this.#timer = setInterval(() => this.tick(), this.#intervalMs);
			document.addEventListener('visibilitychange', this.#onVisibility);
		}
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.#users -= 1;
			if (this.#users === 0) this.#stop();
		};
	}

	#stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
		document.removeEventListener('visibilitychange', this.#onVisibility);
	}
}

/** One clock for the whole app: every badge on a page reads the same instant. */
export const clock = new Clock();
