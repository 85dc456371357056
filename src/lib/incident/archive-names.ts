// What the incident list needs to know of an archive before it reads or builds one: a module
// without fflate, so the list loads the archive code (./archive.ts) only to export or import one.

/** The bytes of an evidence file, found by its id and hash (both in the timeline entry). */
export const fileKey = (id: string, sha256: string) => `${id}:${sha256}`;

/** A ZIP starts with the local file header signature PK\x03\x04. */
export function isArchive(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function archiveFileName(now: Date): string {
	return `shodo-navi-${now.toISOString().slice(0, 10)}.zip`;
}
