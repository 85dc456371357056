/** Hands bytes or text to the browser's download as a file of this type, without leaving the page. */
export function downloadData(data: Uint8Array | string, type: string, name: string): void {
	downloadFile(new Blob([data as Uint8Array<ArrayBuffer> | string], { type }), name);
}

/** Hands a file to the browser's download, without leaving the page. */
export function downloadFile(file: Blob, name: string): void {
	const url = URL.createObjectURL(file);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
