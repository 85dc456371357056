/**
 * An export locked with a passphrase, for a file kept on a shared PC or a USB stick. Web Crypto
 * only: AES-GCM with a 256-bit key from PBKDF2-SHA-256 (600,000 iterations, OWASP's 2023 figure
 * for PBKDF2-HMAC-SHA256), a random 16-byte salt and a random 12-byte IV for every file.
 *
 * Layout (all integers big-endian):
 *   0–7    "SHODOENC" (ASCII)
 *   8      format version (1)
 *   9–12   PBKDF2 iterations
 *   13–28  salt (16 bytes)
 *   29–40  AES-GCM IV (12 bytes)
 *   41–    AES-GCM ciphertext with its 16-byte tag at the end
 * Bytes 0–40 are the GCM additional data: a changed header fails like a changed ciphertext. What
 * is inside, once opened, is today's export unchanged (the JSON or the ZIP with the photos).
 */
export const LOCKED_MAGIC = 'SHODOENC';
export const LOCKED_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more would keep the page busy for minutes: refused as not ours. */
export const MAX_ITERATIONS = 10_000_000;
const HEADER = 41;
const SALT = 16;
const IV = 12;
const TAG = 16;

export type LockedProblem = 'not-locked' | 'newer-version' | 'wrong-passphrase-or-changed';

export function isLocked(bytes: Uint8Array): boolean {
	if (bytes.length < LOCKED_MAGIC.length) return false;
	for (let i = 0; i < LOCKED_MAGIC.length; i++) if (bytes[i] !== LOCKED_MAGIC.charCodeAt(i)) return false;
	return true;
}

export function lockedFileName(now: Date): string {
	return `shodo-navi-${now.toISOString().slice(0, 10)}.enc`;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

export async function lock(plain: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
	const header = new Uint8Array(HEADER);
	header.set(new TextEncoder().encode(LOCKED_MAGIC), 0);
	header[8] = LOCKED_VERSION;
	new DataView(header.buffer).setUint32(9, iterations);
	const salt = crypto.getRandomValues(new Uint8Array(SALT));
	const iv = crypto.getRandomValues(new Uint8Array(IV));
	header.set(salt, 13);
	header.set(iv, 29);
	const key = await deriveKey(passphrase, salt, iterations);
	const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: 128 }, key, plain as Uint8Array<ArrayBuffer>));
	const out = new Uint8Array(HEADER + sealed.length);
	out.set(header, 0);
	out.set(sealed, HEADER);
	return out;
}

export type UnlockResult = { ok: true; plain: Uint8Array } | { ok: false; problem: LockedProblem };

/** Opens a locked file; a wrong passphrase and a changed byte both fail GCM's check, and nothing is returned. */
export async function unlock(bytes: Uint8Array, passphrase: string): Promise<UnlockResult> {
	if (!isLocked(bytes) || bytes.length < HEADER + TAG) return { ok: false, problem: 'not-locked' };
	if (bytes[8]! > LOCKED_VERSION) return { ok: false, problem: 'newer-version' };
	const header = bytes.slice(0, HEADER);
	const iterations = new DataView(header.buffer).getUint32(9);
	if (bytes[8] !== LOCKED_VERSION || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) return { ok: false, problem: 'not-locked' };
	const key = await deriveKey(passphrase, header.subarray(13, 13 + SALT), iterations);
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: header.subarray(29, 29 + IV), additionalData: header, tagLength: 128 },
			key,
			bytes.subarray(HEADER) as Uint8Array<ArrayBuffer>
		);
		return { ok: true, plain: new Uint8Array(plain) };
	} catch {
		return { ok: false, problem: 'wrong-passphrase-or-changed' };
	}
}
