const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs; anything else cannot name a row. Checking first turns a malformed id into the
 * same NOT_FOUND as an unknown one, instead of a database cast error.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
