import { encode } from 'uqr';
import { fitsQr } from './share';

export interface QrShape {
	/** Modules per side, quiet zone included. */
	size: number;
	/** One SVG path of the dark modules, so the code renders as markup we build, not a string we inject. */
	path: string;
}

/** The QR code of a text as UTF-8 bytes, or undefined when it does not fit. */
export function qrShape(text: string, border = 4): QrShape | undefined {
	if (!fitsQr(text)) return undefined;
	let result;
	try {
		result = encode(Array.from(new TextEncoder().encode(text)), { ecc: 'L', border });
	} catch {
		return undefined;
	}
	const parts: string[] = [];
	result.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return { size: result.size, path: parts.join('') };
}
