// Gecko: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. scripts/engines.mjs
// finds or installs it.
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { IN_PAGE, describeQuery, visible, wire, type Browser, type Query } from './lane';

/** A function for page.evaluate from source text: nothing the test compiler adds ends up in the page. */
const inPage = (body: string) => new Function('...args', `${IN_PAGE}; return (async () => { ${body} })();`) as (...args: unknown[]) => Promise<unknown>;

export async function openFirefox(executablePath: string, size = { width: 360, height: 640 }): Promise<Browser> {
	const firefox = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
	const page = (await firefox.pages())[0] ?? (await firefox.newPage());
	await page.setViewport(size);

	const element = async (q: Query, mustShow = true): Promise<ElementHandle<Element>> => {
		if (mustShow) await visible(browser, q);
		const handle = (await page.evaluateHandle(inPage(`return ${mustShow ? '__lane.find' : '__lane.any'}(args[0]);`), wire(q))).asElement();
		if (!handle) throw new Error(`${describeQuery(q)} is gone`);
		return handle as ElementHandle<Element>;
	};

	const browser: Browser = {
		engine: 'firefox',
		version: `Firefox ${(await firefox.version()).replace(/^firefox\//, '')}`,
		async goto(url) {
			await page.goto(url);
		},
		async reload() {
			await page.reload();
		},
		url: async () => page.url(),
		run: async <T>(body: string, ...args: unknown[]) => (await page.evaluate(inPage(body), ...args)) as T,
		async click(q) {
			await (await element(q)).click();
		},
		async type(q, text) {
			const el = await element(q);
			await el.evaluate(new Function('el', 'el.focus(); el.select();') as (el: Element) => void);
			await page.keyboard.press('Backspace');
			await el.type(text);
		},
		async setFile(q, path) {
			await ((await element(q, false)) as ElementHandle<HTMLInputElement>).uploadFile(path);
		},
		async pasteKeys() {
			await page.keyboard.down('Control');
			await page.keyboard.press('KeyV');
			await page.keyboard.up('Control');
		},
		close: () => firefox.close()
	};
	return browser;
}
