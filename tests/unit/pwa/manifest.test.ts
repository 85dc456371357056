import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url));
const manifest = JSON.parse(read('static/manifest.webmanifest').toString('utf8'));
const appHtml = read('src/app.html').toString('utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
	const png = read(path);
	expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('web app manifest', () => {
	it('names the app in Japanese and runs standalone', () => {
		expect(manifest).toMatchObject({ name: '初動ナビ', short_name: '初動ナビ', lang: 'ja', display: 'standalone', start_url: '/', scope: '/' });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(appHtml).toContain(`name="theme-color" content="${manifest.theme_color}"`);
	});

	it('has 192 and 512 icons and a maskable one, each of the size it claims', () => {
		const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
		const sizes = pngs.map((icon: { sizes: string }) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(pngs.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
		for (const icon of pngs) {
			const [w, h] = pngSize(`static${icon.src}`);
			expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
		}
	});

	it('locks no orientation, so tablets and desktop windows can turn', () => {
		expect(manifest).not.toHaveProperty('orientation');
	});

	it('offers shortcuts to the triage, the desks and the details, each to a real page', () => {
		const shortcuts = manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url]);
		expect(shortcuts).toEqual([
			['攻撃されたかも', '/triage'],
			['相談窓口', '/desks'],
			['記録する', '/incident/details']
		]);
		for (const [, url] of shortcuts) expect(existsSync(new URL(`../../../src/routes${url}/+page.svelte`, import.meta.url)), url).toBe(true);
		for (const s of manifest.shortcuts) for (const icon of s.icons) expect(`${pngSize(`static${icon.src}`).join('x')}`).toBe(icon.sizes);
	});

	it('has phone-size screenshots for the install dialog, each of the size it claims', () => {
		expect(manifest.screenshots.length).toBeGreaterThanOrEqual(1);
		for (const shot of manifest.screenshots) {
			expect(shot.form_factor).toBe('narrow');
			expect(shot.label).toBeTruthy();
			const [w, h] = pngSize(`static${shot.src}`);
			expect(`${w}x${h}`, shot.src).toBe(shot.sizes);
			expect(h).toBeGreaterThan(w);
		}
	});

	it('takes shared text, links and files (images, PDFs, .eml) by a multipart POST into a page that exists', () => {
		expect(manifest.share_target).toEqual({
			action: '/share-target',
			method: 'POST',
			enctype: 'multipart/form-data',
			params: {
				title: 'title',
				text: 'text',
				url: 'url',
				files: [{ name: 'files', accept: ['image/*', 'application/pdf', '.pdf', 'message/rfc822', '.eml'] }]
			}
		});
		expect(existsSync(new URL('../../../src/routes/share-target/+page.svelte', import.meta.url))).toBe(true);
	});

	it('gives iOS its touch icon and standalone meta tags', () => {
		expect(appHtml).toContain('rel="apple-touch-icon" href="%sveltekit.assets%/apple-touch-icon.png"');
		expect(pngSize('static/apple-touch-icon.png')).toEqual([180, 180]);
		expect(appHtml).toContain('name="apple-mobile-web-app-capable" content="yes"');
		expect(appHtml).toContain('name="apple-mobile-web-app-title" content="初動ナビ"');
	});
});
