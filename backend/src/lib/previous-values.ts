// What an update is about to overwrite: the record's current values of
// exactly the fields being updated, for compensation and audit.
export function previousValues<T extends object>(record: object, update: T): T {
  const current = record as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(update).map((key) => [key, current[key]])
  ) as T
}
