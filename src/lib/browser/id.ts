/** A new random id (a UUID), for records made on this device. */
export function newId(): string {
	return crypto.randomUUID();
}
