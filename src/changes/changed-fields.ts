/** Bookkeeping every record carries: a change of these alone is no change. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

/**
 * The names of the fields that differ between two API views of one record (the DTO before and after
 * a write), so events name fields as the API spells them, derived ones included (a new estimated value
 * changes `estimatedValueUsd` too). Only names leave here, never values.
 */
export function changedFields<T extends object>(before: T, after: T): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify((before as Record<string, unknown>)[key]) !== JSON.stringify((after as Record<string, unknown>)[key]),
  );
}
