/**
 * Bidirectional controls: the embeddings and overrides U+202A–U+202E and the isolates
 * U+2066–U+2069 (Unicode UAX #9). Typed into a file name or a note, U+202E makes
 * 「請求書\u202Egpj.exe」 read 「請求書exe.jpg」. Text that leaves the app (the summary, the
 * documents, the export, mail and share) carries each as a visible [U+202E]; the app shows the
 * same marker wherever it shows such text. The stored record keeps what was typed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const marker = (c: string) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`;

export function hasBidiControls(text: string): boolean {
	BIDI_CONTROLS.lastIndex = 0;
	return BIDI_CONTROLS.test(text);
}

/** Each bidi control as a visible marker, so the text reads in the order it was typed. */
export function showBidi(text: string): string {
	return text.replace(BIDI_CONTROLS, marker);
}

/**
 * For JSON text: each bidi control as a \\uXXXX escape. The file parses back to exactly what was
 * stored, and a text editor shows the escape instead of turning the line around.
 */
export function escapeBidiJson(json: string): string {
	return json.replace(BIDI_CONTROLS, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
