import { describe, expect, it } from 'vitest';
import { groupHash, sha256Hex } from '$lib/browser/hash';

describe('sha256Hex', () => {
	it('gives the known digests (FIPS 180-2 examples)', async () => {
		expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('hashes a Blob, an ArrayBuffer and a Uint8Array of the same bytes alike', async () => {
		const bytes = new TextEncoder().encode('身代金の画面');
		const want = await sha256Hex(bytes);
		expect(await sha256Hex(new Blob([bytes]))).toBe(want);
		expect(await sha256Hex(bytes.slice().buffer)).toBe(want);
	});

	it('changes when one byte changes', async () => {
		const a = new Uint8Array([1, 2, 3]);
		const b = new Uint8Array([1, 2, 4]);
		expect(await sha256Hex(a)).not.toBe(await sha256Hex(b));
	});

	it('groups the hex in eights for reading', () => {
		expect(groupHash('ba7816bf8f01cfea414140de5dae2223')).toBe('ba7816bf 8f01cfea 414140de 5dae2223');
	});
});
