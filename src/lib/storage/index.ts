export { openIncidentStore, getIncidentStore, goOnInMemory, inMemory, openWithin, StorageTimeoutError, readRecord, DB_NAME, DB_VERSION, CHANGES_CHANNEL, OPEN_BLOCKED_MS, OPEN_HANG_MS } from './incident-store';
export type { ShodoIncidentStore, StoreOptions, ImportWrite, ImportProgress } from '$lib/incident/store';
export { MemoryIncidentStore } from './memory-store';
export { MAX_RECORD_CHARS } from './record';
export {
	StorageFullError,
	IncidentNotFoundError,
	InvalidIncidentError,
	RecordTooLargeError,
	isQuotaError,
	megabytesFor
} from './errors';
export { readMeta, writeMeta, updateMeta } from './meta';
export {
	openEvidenceStore,
	getEvidenceStore,
	storageEstimate,
	FileTooLargeError,
	MAX_EVIDENCE_BYTES
} from './evidence-store';
export type { EvidenceStore, EvidenceRecord } from './evidence-store';
