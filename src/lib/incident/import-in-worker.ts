import type { ReadImport, ReadResult } from './read-import';

/**
 * readImport in a worker: parsing a 50 MB JSON or checking a 400 MB archive happens off the page,
 * which keeps drawing its progress bar. The file's bytes move to the worker (transferred, not
 * copied). Where a worker cannot start, the page reads the file itself.
 */
export const readImportInWorker: ReadImport = (bytes, onProgress) => {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		// The same-thread reader (and the archive code) load only here.
		return import('./read-import').then(({ readImport }) => readImport(bytes, onProgress));
	}
	return new Promise<ReadResult>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<{ progress?: { done: number; total: number }; result?: ReadResult }>) => {
			if (event.data.progress) onProgress?.(event.data.progress.done, event.data.progress.total);
			if (event.data.result) {
				worker.terminate();
				resolve(event.data.result);
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'The import worker failed.'));
		};
		worker.postMessage({ bytes }, [bytes.buffer as ArrayBuffer]);
	});
};
