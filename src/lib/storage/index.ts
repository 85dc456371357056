export { openIncidentStore, getIncidentStore, readRecord, DB_NAME, DB_VERSION } from './incident-store';
export type { ShodoIncidentStore, StoreOptions } from './incident-store';
export { StorageFullError, IncidentNotFoundError, InvalidIncidentError, isQuotaError } from './errors';
export { migrateRecord, recordVersion, RECORD_MIGRATIONS } from './migrations';
export {
	openEvidenceStore,
	getEvidenceStore,
	storageEstimate,
	FileTooLargeError,
	MAX_EVIDENCE_BYTES
} from './evidence-store';
export type { EvidenceStore, EvidenceRecord } from './evidence-store';
