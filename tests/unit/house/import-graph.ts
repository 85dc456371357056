// The import graph of src/lib between its folders, read with TypeScript's parser: static imports,
// re-exports, `import type`, dynamic `import()` and `import('…')` types all count, in .ts, .js and
// the <script> blocks of .svelte files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Edge {
	from: string; // folder of src/lib
	to: string;
	file: string; // path from the project root
	specifier: string;
}

/** Generated code: imports nothing of src/lib, and is not in the repository. */
const SKIP = new Set(['paraglide']);

/** Virtual modules made by a folder's Vite plugin belong to that folder. */
const VIRTUAL: Record<string, string> = {
	'virtual:content/': 'content',
	'virtual:holidays': 'time'
};

export function specifiers(source: string, fileName: string): string[] {
	const code = fileName.endsWith('.svelte')
		? [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: source;
	const file = ts.createSourceFile(fileName.replace(/\.svelte$/, '.ts'), code, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (
			(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			found.push(node.moduleSpecifier.text);
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			found.push(node.arguments[0].text);
		} else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		) {
			found.push(node.argument.literal.text);
		} else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
			const e = node.moduleReference.expression;
			if (ts.isStringLiteral(e)) found.push(e.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** The src/lib folder a specifier written in `file` points to, or undefined outside src/lib. */
export function folderOf(specifier: string, file: string, lib: string): string | undefined {
	for (const [prefix, folder] of Object.entries(VIRTUAL)) if (specifier.startsWith(prefix)) return folder;
	let target: string;
	if (specifier === '$lib' || specifier.startsWith('$lib/')) target = join(lib, specifier.slice(4));
	else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
	else return undefined;
	const rel = relative(lib, target);
	if (rel.startsWith('..')) return undefined;
	const [head, ...rest] = rel.split(sep);
	// A file directly in src/lib (`$lib/util` may name util.ts), or src/lib itself.
	if (!head || (rest.length === 0 && !(existsSync(target) && statSync(target).isDirectory()))) return '(root)';
	return head;
}

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (/\.(ts|js|svelte)$/.test(entry.name)) yield path;
	}
}

/** Every import from one folder of src/lib to another. */
export function folderEdges(root: string): Edge[] {
	const lib = join(root, 'src', 'lib');
	const edges: Edge[] = [];
	for (const entry of readdirSync(lib, { withFileTypes: true })) {
		if (SKIP.has(entry.name)) continue;
		const paths = entry.isDirectory() ? [...files(join(lib, entry.name))] : [join(lib, entry.name)];
		for (const path of paths) {
			if (!/\.(ts|js|svelte)$/.test(path)) continue;
			const from = entry.isDirectory() ? entry.name : '(root)';
			for (const specifier of specifiers(readFileSync(path, 'utf8'), path)) {
				const to = folderOf(specifier, path, lib);
				if (to && to !== from && !SKIP.has(to))
					edges.push({ from, to, file: relative(root, path).split(sep).join('/'), specifier });
			}
		}
	}
	return edges;
}

/**
 * The groups of folders that reach each other (strongly connected components of more than one
 * folder, Tarjan's algorithm), each with the edges inside it. Empty when imports flow one way.
 */
export function cycles(edges: Edge[]): { folders: string[]; edges: Edge[] }[] {
	const next = new Map<string, Set<string>>();
	for (const e of edges) {
		if (!next.has(e.from)) next.set(e.from, new Set());
		if (!next.has(e.to)) next.set(e.to, new Set());
		next.get(e.from)!.add(e.to);
	}
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	const connect = (v: string): void => {
		index.set(v, counter);
		low.set(v, counter);
		counter++;
		stack.push(v);
		onStack.add(v);
		for (const w of next.get(v)!) {
			if (!index.has(w)) {
				connect(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const group: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				group.push(w);
			} while (w !== v);
			if (group.length > 1) groups.push(group.sort());
		}
	};
	for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
	return groups.map((folders) => ({
		folders,
		edges: edges.filter((e) => folders.includes(e.from) && folders.includes(e.to))
	}));
}

export function report(groups: ReturnType<typeof cycles>): string {
	return groups
		.map(
			(g) =>
				`folders that import each other: ${g.folders.join(', ')}\n` +
				g.edges.map((e) => `  ${e.from} → ${e.to}: ${e.file} imports '${e.specifier}'`).join('\n')
		)
		.join('\n');
}
