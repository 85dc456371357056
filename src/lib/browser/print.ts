/**
 * Runs `before` whenever the page is about to print (the print button, Ctrl+P, the browser's
 * menu), so what is printed is up to date, e.g. the date on a card. Returns the way to stop.
 */
export function beforePrint(before: () => void): () => void {
	addEventListener('beforeprint', before);
	return () => removeEventListener('beforeprint', before);
}

/** Opens the browser's print dialog for the page (the print buttons). */
export function printPage(): void {
	print();
}
