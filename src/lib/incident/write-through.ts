import { afterNextPaint } from '$lib/browser/after-paint';

/**
 * When typed text is written through to storage: `delay` ms after the last keystroke, and at the
 * latest `maxWait` ms after the first unwritten one, so continuous typing never holds the write off.
 * Never inside the keystroke's own frame: the write (a serialised record, a transaction) starts after
 * the keystroke is painted, so a long text does not slow each key. A tap is written as soon as its
 * frame is painted (schedule('tap')). The one home of this rule for the details and the plan (IncidentEditor),
 * for unsent text (UnsentText) and for the triage's answers (TriageSession).
 */
/** What asks for a write (WriteThrough.schedule). */
export type WriteAfter = 'key' | 'painted' | 'tap';

export class WriteThrough {
	readonly #write: () => void;
	readonly #delay: number;
	readonly #maxWait: number;
	readonly #afterPaint: (run: () => void) => () => void;
	#firstUnwritten: number | undefined;
	#cancel: (() => void) | undefined;

	constructor(
		write: () => void,
		options: { delay?: number; maxWait?: number; afterPaint?: (run: () => void) => () => void } = {}
	) {
		this.#write = write;
		this.#delay = options.delay ?? 10;
		this.#maxWait = Math.max(this.#delay, options.maxWait ?? 150);
		this.#afterPaint = options.afterPaint ?? afterNextPaint;
	}

	/**
	 * What asks for a write, and so when it is made (never later than `maxWait` after the first
	 * unwritten one):
	 * - 'key': a keystroke, in its own task: `delay` from now, after the next paint;
	 * - 'painted': a key whose frame was painted already (its value was read then), or what waited
	 *   behind a write that just ended: `delay` from now, no frame waited for;
	 * - 'tap': a tick, a desk's state: as soon as its frame is painted, no delay (a tap is not
	 *   followed by others to gather into the same write, and a browser killed just after it must
	 *   find it on disk).
	 */
	schedule(after: WriteAfter = 'key'): void {
		this.#plan(after === 'tap' ? 0 : this.#delay, after === 'painted');
	}

	#plan(delay: number, painted: boolean): void {
		const now = Date.now();
		this.#firstUnwritten ??= now;
		const due = Math.min(now + delay, this.#firstUnwritten + this.#maxWait);
		this.#cancel?.();
		let timer: ReturnType<typeof setTimeout> | undefined;
		let done = false;
		const start = () => {
			if (done) return;
			timer = setTimeout(() => this.#fire(), Math.max(0, due - Date.now()));
		};
		const stopPaint = painted ? (start(), () => {}) : this.#afterPaint(start);
		this.#cancel = () => {
			done = true;
			stopPaint();
			clearTimeout(timer);
		};
	}

	/** True while a write is due. */
	get due(): boolean {
		return this.#cancel !== undefined;
	}

	/** The write is being made now by the caller (a flush): nothing is due any more. */
	clear(): void {
		this.#cancel?.();
		this.#cancel = undefined;
		this.#firstUnwritten = undefined;
	}

	#fire(): void {
		this.clear();
		this.#write();
	}
}
