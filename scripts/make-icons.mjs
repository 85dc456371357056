// Draws the app icons as PNGs without any image tool: a white shield with a check on the
// brand colour. Run by hand when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const INK = [0x12, 0x38, 0x6b];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
	let c;
	let crc = 0xffffffff;
	for (const byte of buf) {
		c = (crc ^ byte) & 0xff;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
	const raw = Buffer.alloc((size * 3 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 3 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b] = pixel(x, y, size);
			const o = y * (size * 3 + 1) + 1 + x * 3;
			raw[o] = r;
			raw[o + 1] = g;
			raw[o + 2] = b;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 2;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

// Shape in unit coordinates (0..1), scaled by `inset` so the maskable icon keeps a safe zone.
function inShield(u, v) {
	if (u < 0.22 || u > 0.78 || v < 0.18) return false;
	if (v < 0.55) return true;
	const half = 0.28 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.32) ** 2));
	return Math.abs(u - 0.5) <= half;
}
function inCheck(u, v) {
	const d = (px, py, ax, ay, bx, by) => {
		const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
		return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
	};
	return d(u, v, 0.36, 0.5, 0.47, 0.62) < 0.045 || d(u, v, 0.47, 0.62, 0.66, 0.38) < 0.045;
}

function icon(inset) {
	return (x, y, size) => {
		let hits = 0;
		const samples = [0.25, 0.75];
		for (const sx of samples)
			for (const sy of samples) {
				const u = ((x + sx) / size - 0.5) / inset + 0.5;
				const v = ((y + sy) / size - 0.5) / inset + 0.5;
				if (inShield(u, v) && !inCheck(u, v)) hits++;
			}
		const a = hits / 4;
		return INK.map((c, i) => Math.round(c * (1 - a) + WHITE[i] * a));
	};
}

const out = new URL('../static/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, icon(1)));
writeFileSync(new URL('icon-512.png', out), png(512, icon(1)));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, icon(0.75)));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, icon(0.9)));
