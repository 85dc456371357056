import { strFromU8, unzlibSync } from 'fflate';

/**
 * The text and page sizes of a PDF printed by Chromium (page.pdf()), read with no tool beyond
 * fflate: objects, Flate streams, each page's fonts and their ToUnicode maps, and the hex
 * strings its content stream shows with Tj/TJ. Enough for Skia's output; not a general parser.
 */
export interface PdfText {
	pages: { width: number; height: number; text: string }[];
	text: string;
}

interface PdfObject {
	dict: string;
	stream?: Uint8Array;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function readObjects(pdf: Uint8Array): Map<number, PdfObject> {
	const raw = latin1(pdf);
	const objects = new Map<number, PdfObject>();
	const head = /(\d+) 0 obj\b/g;
	let match: RegExpExecArray | null;
	while ((match = head.exec(raw))) {
		const start = match.index + match[0].length;
		const end = raw.indexOf('endobj', start);
		if (end < 0) break;
		const body = raw.slice(start, end);
		const s = body.indexOf('stream');
		if (s < 0) {
			objects.set(Number(match[1]), { dict: body });
		} else {
			const dict = body.slice(0, s);
			let dataStart = start + s + 'stream'.length;
			if (raw[dataStart] === '\r') dataStart++;
			if (raw[dataStart] === '\n') dataStart++;
			const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
			const dataEnd = length >= 0 ? dataStart + length : raw.indexOf('endstream', dataStart);
			let data = pdf.subarray(dataStart, dataEnd);
			if (/\/FlateDecode/.test(dict)) data = unzlibSync(data);
			objects.set(Number(match[1]), { dict, stream: data });
		}
		head.lastIndex = end;
	}
	return objects;
}

const ref = (text: string, key: string) => {
	const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
	return m ? Number(m[1]) : undefined;
};

/** A ToUnicode CMap: glyph code (hex) -> text. */
function toUnicode(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const utf16 = (hex: string) => {
		const units: number[] = [];
		for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
		return String.fromCharCode(...units);
	};
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toLowerCase(), utf16(text!));
	}
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, lo, hi, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
			const from = parseInt(lo!, 16);
			const to = parseInt(hi!, 16);
			const base = parseInt(text!, 16);
			for (let c = from; c <= to; c++) map.set(c.toString(16).padStart(lo!.length, '0'), String.fromCharCode(base + c - from));
		}
	}
	return map;
}

function decode(hex: string, map: Map<string, string> | undefined, width: number): string {
	let out = '';
	for (let i = 0; i < hex.length; i += width) out += map?.get(hex.slice(i, i + width).toLowerCase()) ?? '';
	return out;
}

export function pdfText(pdf: Uint8Array | Buffer): PdfText {
	const objects = readObjects(pdf instanceof Uint8Array ? pdf : new Uint8Array(pdf));
	const dictOf = (id: number | undefined) => (id === undefined ? '' : (objects.get(id)?.dict ?? ''));
	const pages: PdfText['pages'] = [];
	const pageIds = [...objects.entries()].filter(([, o]) => /\/Type\s*\/Page\b/.test(o.dict)).map(([id]) => id).sort((a, b) => a - b);
	for (const id of pageIds) {
		const dict = dictOf(id);
		const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(dict);
		const width = box ? Number(box[3]) - Number(box[1]) : 0;
		const height = box ? Number(box[4]) - Number(box[2]) : 0;
		const resources = ref(dict, 'Resources') !== undefined ? dictOf(ref(dict, 'Resources')) : dict;
		const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? dictOf(ref(resources, 'Font'));
		const fonts = new Map<string, { map?: Map<string, string>; width: number }>();
		for (const [, name, fontId] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
			const font = dictOf(Number(fontId));
			const cmapId = ref(font, 'ToUnicode');
			const stream = cmapId !== undefined ? objects.get(cmapId)?.stream : undefined;
			fonts.set(name!, { map: stream ? toUnicode(strFromU8(stream, true)) : undefined, width: /\/Type0/.test(font) ? 4 : 2 });
		}
		const contentIds = (() => {
			const single = ref(dict, 'Contents');
			if (single !== undefined && objects.get(single)?.stream) return [single];
			const arr = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? (single !== undefined ? dictOf(single) : '');
			return [...arr.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
		})();
		let text = '';
		for (const cid of contentIds) {
			const stream = objects.get(cid)?.stream;
			if (!stream) continue;
			let font: { map?: Map<string, string>; width: number } | undefined;
			const ops = /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b|\bT\*|\bTd\b|\bTD\b/g;
			for (const m of latin1(stream).matchAll(ops)) {
				if (m[1]) font = fonts.get(m[1]);
				else if (m[2] !== undefined) for (const [, hex] of m[2].matchAll(/<([0-9a-fA-F]*)>/g)) text += decode(hex!, font?.map, font?.width ?? 4);
				else if (m[3] !== undefined) text += decode(m[3], font?.map, font?.width ?? 4);
				else text += '\n';
			}
		}
		pages.push({ width, height, text });
	}
	return { pages, text: pages.map((p) => p.text).join('\n') };
}
