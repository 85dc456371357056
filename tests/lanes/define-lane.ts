import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import type { Browser } from './lane';
import { scenarios, type LaneContext } from './scenarios';

/** One lane: a fresh browser of one engine, the built app on a free port, every scenario in order. */
export function defineLane(engine: Browser['engine'], open: () => Promise<Browser>): void {
	describe(`${engine} lane`, () => {
		let lane: LaneContext | undefined;
		beforeAll(async () => {
			const tmp = mkdtempSync(join(tmpdir(), `shodo-lane-${engine}-`));
			const server = await serve({ root: inject('buildDir'), port: 0 });
			const browser = await open().catch(async (error) => {
				await server.close();
				throw error;
			});
			console.log(`${engine} lane: ${browser.version}`);
			lane = { browser, server, tmp, buildDir: inject('buildDir'), update: inject('update') };
		});
		afterAll(async () => {
			if (!lane) return;
			await lane.browser.close();
			const closing = lane.server.close();
			lane.server.server.closeAllConnections();
			await closing;
			rmSync(lane.tmp, { recursive: true, force: true });
		});
		for (const scenario of scenarios) {
			test(scenario.name, { timeout: scenario.timeout }, () => scenario.run(lane!));
		}
	});
}
