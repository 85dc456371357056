/// <reference lib="webworker" />
import { readImport } from './read-import';

// One file per message: { bytes } in; { progress } while reading, then { result }.
const worker = self as unknown as DedicatedWorkerGlobalScope;
worker.onmessage = async (event: MessageEvent<{ bytes: Uint8Array }>) => {
	const result = await readImport(event.data.bytes, (done, total) => worker.postMessage({ progress: { done, total } }));
	// The photos' bytes go back without a copy: each buffer once.
	const buffers = result.ok ? [...new Set([...result.files.values()].map((f) => f.buffer as ArrayBuffer))] : [];
	worker.postMessage({ result }, buffers);
};
