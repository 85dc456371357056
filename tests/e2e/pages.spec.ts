import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { prerenderedPages } from './pages';
import { interactive } from './helpers';

const pages = prerenderedPages();

test('both languages are built for every page', () => {
	const ja = pages.filter((p) => p !== '/en' && !p.startsWith('/en/'));
	for (const path of ja) expect(pages, path).toContain(path === '/' ? '/en' : '/en' + path);
});

for (const path of pages) {
	test.describe(path, () => {
		test('is accessible, stays on its own origin, and has the right language', async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));

			await page.goto(path);
			await interactive(page);
			await page.waitForLoadState('networkidle');

			const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'ja';
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc, 'script-src').toMatch(/'self'/);
			expect(scriptSrc, 'script-src').not.toMatch(/unsafe-inline|unsafe-eval|\*/);
			expect(csp, 'default-src').toMatch(/default-src 'self'/);

			const axe = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(
				axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				'axe violations'
			).toEqual([]);

			const external = page.locator('a[target="_blank"]');
			for (let i = 0; i < (await external.count()); i++) {
				await expect(external.nth(i)).toHaveAttribute('rel', /noopener/);
				await expect(external.nth(i)).toHaveAttribute('rel', /noreferrer/);
			}
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(errors, 'console errors (CSP violations show here)').toEqual([]);
		});
	});
}
