/**
 * What a lane's scenarios may do with a browser, the same for every engine: go to a page, run a
 * script in it, and act on elements found the way a person finds them (role and name, label, text).
 * Each engine's driver (webkit.ts, firefox.ts) clicks and types with its own client's real input
 * events; finding an element is one script, run in the page, shared by both.
 */

/** A string is found inside the text (spaces folded), as Playwright's getByRole/getByLabel do; a RegExp tests it. */
export type Text = string | RegExp;

export type Query = (
	| { role: 'button' | 'link' | 'combobox' | 'textbox' | 'heading'; name?: Text }
	| { label: Text }
	| { text: Text }
	| { testId: string }
	| { css: string }
) & { within?: Query };

/** The query as JSON for the page: a RegExp cannot cross, its source and flags can. */
export type WireQuery = Record<string, unknown>;
export function wire(q: Query): WireQuery {
	const out: WireQuery = {};
	for (const [key, value] of Object.entries(q)) {
		if (value instanceof RegExp) out[key] = { re: value.source, flags: value.flags };
		else if (key === 'within') out[key] = wire(value as Query);
		else out[key] = value;
	}
	return out;
}

export function describeQuery(q: Query): string {
	return JSON.stringify(wire(q));
}

/**
 * Installs `__lane` in the page once: `__lane.find(query)` gives the first visible element that
 * matches, or null. Plain JavaScript in a string, so no compiler helper leaks into the page.
 */
export const IN_PAGE = String.raw`
if (!window.__lane) window.__lane = (() => {
	const fold = (s) => (s == null ? '' : String(s)).replace(/\s+/g, ' ').trim();
	const matches = (value, t) => (typeof t === 'string' ? fold(value).includes(t) : new RegExp(t.re, t.flags).test(fold(value)));
	const visible = (el) => {
		if (!el.getClientRects().length) return false;
		const style = getComputedStyle(el);
		return style.visibility !== 'hidden' && style.display !== 'none';
	};
	const textOf = (ids) => ids.split(/\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' ');
	const nameOf = (el) => {
		if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
		if (el.hasAttribute('aria-labelledby')) return textOf(el.getAttribute('aria-labelledby'));
		if (el.labels && el.labels.length) return Array.from(el.labels, (l) => l.textContent).join(' ');
		if (el.tagName === 'INPUT') return el.value;
		return el.textContent;
	};
	const roles = {
		button: 'button, input[type=button], input[type=submit], [role=button]',
		link: 'a[href], [role=link]',
		combobox: 'select, [role=combobox]',
		textbox: 'input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], textarea, [role=textbox]',
		heading: 'h1, h2, h3, h4, h5, h6, [role=heading]'
	};
	function all(q, root) {
		const $$ = (selector) => Array.from(root.querySelectorAll(selector));
		if (q.testId) return $$('[data-testid="' + q.testId + '"]');
		if (q.css) return $$(q.css);
		if (q.role) return $$(roles[q.role]).filter((el) => q.name === undefined || matches(nameOf(el), q.name));
		if (q.label) {
			const labelled = $$('label').filter((l) => matches(l.textContent, q.label)).map((l) => l.control);
			const named = $$('[aria-label]').filter((el) => matches(el.getAttribute('aria-label'), q.label));
			return labelled.concat(named).filter(Boolean);
		}
		if (q.text) {
			// The innermost elements that hold the text.
			return $$('*').filter((el) => matches(el.textContent, q.text) && !Array.from(el.children).some((c) => matches(c.textContent, q.text)));
		}
		throw new Error('unknown query ' + JSON.stringify(q));
	}
	function find(q) {
		const root = q.within ? find(q.within) : document;
		if (!root) return null;
		return all(q, root).find(visible) || null;
	}
	function count(q) {
		const root = q.within ? find(q.within) : document;
		return root ? all(q, root).filter(visible).length : 0;
	}
	// any: the first match, on screen or not (a file input is often hidden behind its label).
	return { find, count, any: (q) => all(q, document)[0] || null };
})();
`;

/** One browser of one engine, as the scenarios use it. */
export interface Browser {
	readonly engine: 'webkit' | 'firefox';
	/** What the engine reports, for the lane's header line. */
	readonly version: string;
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	/**
	 * Runs `body` as an async function in the page, with `__lane` installed and the extra
	 * arguments in `args`; gives back what it returns (JSON values only).
	 */
	run<T = unknown>(body: string, ...args: unknown[]): Promise<T>;
	/** A real click (the client's pointer input) on the first visible match. */
	click(q: Query): Promise<void>;
	/** Clears the field, then types `text` with the client's key input. */
	type(q: Query, text: string): Promise<void>;
	/** Gives a file input this file, as choosing it in the file picker would. */
	setFile(q: Query, path: string): Promise<void>;
	/** Presses Ctrl+V where the focus is. */
	pasteKeys(): Promise<void>;
	close(): Promise<void>;
}

/** Waits until `check` gives a truthy value (a throw counts as not yet: a page may be navigating). */
export async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeout = 15_000): Promise<T> {
	const end = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
			last = value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Waits until an element that matches is on screen. */
export function visible(browser: Browser, q: Query, timeout?: number): Promise<boolean> {
	return until(`${describeQuery(q)} on screen`, () => browser.run<boolean>('return !!__lane.find(args[0])', wire(q)), timeout);
}
