/** SHA-256 of some bytes as lowercase hex, with Web Crypto (in the browser and in Node alike). */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
	const bytes =
		data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(await data.arrayBuffer());
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash in groups of eight, so a person can read it aloud or compare it by eye. */
export function groupHash(hex: string): string {
	return hex.match(/.{1,8}/g)?.join(' ') ?? hex;
}
