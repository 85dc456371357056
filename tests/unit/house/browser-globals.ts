// Which browser APIs a page script uses directly: free identifiers (not a property, not declared in
// the file) from a list of the browser's globals, in .ts files and in a .svelte file's <script>
// blocks and markup expressions ({…}, onclick={…}), read with TypeScript's parser.
import ts from 'typescript';

/** Globals that only a browser has, or that act on the page: pages reach them through src/lib/browser. */
export const BROWSER_GLOBALS = new Set([
	'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB',
	'caches', 'crypto', 'screen', 'visualViewport', 'matchMedia', 'getComputedStyle', 'print', 'alert',
	'confirm', 'prompt', 'open', 'close', 'fetch', 'requestAnimationFrame', 'cancelAnimationFrame',
	'requestIdleCallback', 'addEventListener', 'removeEventListener', 'scrollTo', 'scrollBy', 'Notification',
	'BroadcastChannel', 'FileReader', 'IntersectionObserver', 'ResizeObserver', 'MutationObserver'
]);

/** The TypeScript a file runs: a .ts whole; of a .svelte, its scripts and its markup's expressions. */
export function codeOf(source: string, fileName: string): string[] {
	if (!fileName.endsWith('.svelte')) return [source];
	const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const markup = source.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
	const expressions: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < markup.length; i++) {
		if (markup[i] === '{') {
			if (depth === 0) start = i + 1;
			depth++;
		} else if (markup[i] === '}' && depth > 0) {
			depth--;
			if (depth === 0) {
				const text = markup.slice(start, i).trim();
				const tag = /^([#:@/])(\w+)\s*([\s\S]*)$/.exec(text);
				if (!tag) expressions.push(`(${text || '0'});`);
				else if (tag[2] === 'snippet') expressions.push(`function ${tag[3]} {}`);
				else if (tag[2] === 'each') {
					// {#each list as item, i (key)}: the list is used, the item and index declared.
					const each = /^([\s\S]*?)\s+as\s+([\s\S]+?)(?:\s*,\s*(\w+))?(?:\s*\(([\s\S]*)\))?$/.exec(tag[3] ?? '');
					if (each) expressions.push(`(${each[1]}); let ${each[2]} = 0 as any; let ${each[3] ?? '_i'} = 0; (${each[4] ?? '0'});`);
					else expressions.push(`(${tag[3] || '0'});`);
				} else if (tag[2] === 'const') expressions.push(`const ${tag[3]};`);
				else expressions.push(`(${tag[3] || '0'});`);
			}
		}
	}
	return [...scripts, ...expressions];
}

/** The browser globals a file's code (one string, or its pieces: a Svelte file's scripts and markup) uses without declaring them. */
export function browserGlobalsUsed(code: string | string[]): string[] {
	const declared = new Set<string>();
	const used: ts.Identifier[] = [];
	const visit = (node: ts.Node): void => {
		if (
			(ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isBindingElement(node)) &&
			node.name &&
			ts.isIdentifier(node.name)
		) {
			declared.add(node.name.text);
		}
		if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) {
			if (node.name) declared.add(node.name.text);
		}
		if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
			const parent = node.parent;
			const isProperty =
				(ts.isPropertyAccessExpression(parent) && parent.name === node) ||
				(ts.isPropertyAssignment(parent) && parent.name === node) ||
				((ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) ||
				(ts.isPropertyDeclaration(parent) && parent.name === node) ||
				(ts.isPropertySignature(parent) && parent.name === node) ||
				(ts.isQualifiedName(parent) && parent.right === node) ||
				ts.isTypeReferenceNode(parent) ||
				ts.isImportSpecifier(parent) ||
				ts.isExportSpecifier(parent);
			if (!isProperty) used.push(node);
		}
		ts.forEachChild(node, visit);
	};
	for (const piece of typeof code === 'string' ? [code] : code) visit(ts.createSourceFile('x.ts', piece, ts.ScriptTarget.Latest, true));
	return [...new Set(used.filter((id) => !declared.has(id.text)).map((id) => id.text))];
}
