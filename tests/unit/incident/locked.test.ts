import { describe, expect, it } from 'vitest';
import { LOCKED_MAGIC, PBKDF2_ITERATIONS, isLocked, lock, unlock } from '$lib/incident/locked';
import { serialiseExport } from '$lib/incident/transfer';
import { NOW, ransomCase } from '../../fixtures/incidents';

const plain = new TextEncoder().encode(serialiseExport([{ ok: true, incident: ransomCase() }], NOW).text);
const PASS = 'さくら もみじ 2026 river';

describe('the locked export', () => {
	it('round-trips: what is opened is the export byte for byte', async () => {
		const locked = await lock(plain, PASS);
		expect(isLocked(locked)).toBe(true);
		expect(new TextDecoder().decode(locked.subarray(0, 8))).toBe(LOCKED_MAGIC);
		expect(locked[8]).toBe(1);
		expect(new DataView(locked.buffer).getUint32(9)).toBe(PBKDF2_ITERATIONS);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(locked.length).toBe(41 + plain.length + 16);
		const opened = await unlock(locked, PASS);
		expect(opened).toEqual({ ok: true, plain });
	});

	it('holds none of the text in the clear, and a new salt and IV every time', async () => {
		const a = await lock(plain, PASS);
		const b = await lock(plain, PASS);
		expect(Buffer.from(a).includes(Buffer.from('Windows 11'))).toBe(false);
		expect(Buffer.from(a.subarray(13, 41)).equals(Buffer.from(b.subarray(13, 41)))).toBe(false);
		expect(Buffer.from(a.subarray(41)).equals(Buffer.from(b.subarray(41)))).toBe(false);
	});

	it('a wrong passphrase opens nothing', async () => {
		const locked = await lock(plain, PASS);
		expect(await unlock(locked, PASS + ' ')).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
		expect(await unlock(locked, '')).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
	});

	it('a changed byte anywhere (ciphertext, tag, salt, IV) is refused', async () => {
		const locked = await lock(plain, PASS);
		for (const at of [13, 29, 41, 41 + 100, locked.length - 1]) {
			const changed = locked.slice();
			changed[at] = changed[at]! ^ 0x01;
			expect(await unlock(changed, PASS), `byte ${at}`).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
		}
		expect(await unlock(locked.slice(0, locked.length - 1), PASS)).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
	});

	it('a lowered iteration count or another format is not taken', async () => {
		const weak = await lock(plain, PASS, 1000);
		expect(await unlock(weak, PASS)).toEqual({ ok: false, problem: 'not-locked' });
		expect(isLocked(plain)).toBe(false);
		const newer = (await lock(plain, PASS)).slice();
		newer[8] = 2;
		expect(await unlock(newer, PASS)).toEqual({ ok: false, problem: 'newer-version' });
	});
});
