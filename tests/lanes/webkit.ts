// WebKit: Debian's WebKitWebDriver, on an Xvfb display, drives MiniBrowser (WebKitGTK), over W3C WebDriver
// with selenium-webdriver. scripts/engines.mjs finds or installs both.
import { spawn } from 'node:child_process';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { freePort } from '../../scripts/free-port.mjs';
import { IN_PAGE, describeQuery, until, visible, wire, type Browser, type Query } from './lane';

export async function openWebKit(paths: { webKitWebDriver: string; miniBrowser: string; xvfb: string }, size = { width: 360, height: 640 }): Promise<Browser> {
	// The screen is the phone's size and MiniBrowser starts full screen: its window cannot be made
	// narrower than its toolbar (447 px) otherwise. Xvfb picks a free display itself (-displayfd),
	// so lanes and other engineers' Xvfb servers never race for one.
	const xvfb = spawn(paths.xvfb, ['-displayfd', '3', '-screen', '0', `${size.width}x${size.height}x24`, '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'ignore', 'pipe']
	});
	const children = [xvfb];
	const stop = () => children.forEach((child) => child.kill());
	let driver: WebDriver;
	try {
		const display = await new Promise<string>((done, fail) => {
			let out = '';
			xvfb.stdio[3]!.on('data', (chunk) => {
				out += chunk;
				if (out.includes('\n')) done(out.trim());
			});
			xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it named its display`)));
		});
		const port = await freePort();
		children.push(spawn(paths.webKitWebDriver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${display}` } }));
		const server = `http://127.0.0.1:${port}`;
		await until('WebKitWebDriver to listen', () => fetch(`${server}/status`).then((r) => r.ok), 20_000);
		driver = await new Builder()
			.usingServer(server)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation', '--full-screen'] }
			})
			.build();
		await driver.manage().window().setRect({ width: size.width, height: size.height });
	} catch (error) {
		stop();
		throw error;
	}
	const version = String((await driver.getCapabilities()).get('browserVersion'));

	const element = async (q: Query): Promise<WebElement> => {
		await visible(browser, q);
		const el = (await driver.executeScript(`${IN_PAGE}; return __lane.find(arguments[0]);`, wire(q))) as WebElement | null;
		if (!el) throw new Error(`${describeQuery(q)} is gone`);
		return el;
	};

	const browser: Browser = {
		engine: 'webkit',
		version: `WebKitGTK ${version}`,
		goto: (url) => driver.get(url),
		reload: () => driver.navigate().refresh(),
		url: () => driver.getCurrentUrl(),
		run: async <T>(body: string, ...args: unknown[]) =>
			(await driver.executeScript(`${IN_PAGE}; return (async (args) => { ${body} })(Array.from(arguments));`, ...args)) as T,
		async click(q) {
			await (await element(q)).click();
		},
		async type(q, text) {
			const el = await element(q);
			await el.clear();
			await el.sendKeys(text);
		},
		async setFile(q, path) {
			await (await driver.executeScript(`${IN_PAGE}; return __lane.any(arguments[0]);`, wire(q)) as WebElement).sendKeys(path);
		},
		async pasteKeys() {
			await driver.actions().keyDown(Key.CONTROL).sendKeys('v').keyUp(Key.CONTROL).perform();
		},
		async close() {
			try {
				await driver.quit();
			} finally {
				stop();
			}
		}
	};
	return browser;
}
