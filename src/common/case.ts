/** snake_case column name → camelCase property name. */
export const camelCase = (column: string): string => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A raw row or object with snake_case keys as camelCase properties (pg already gives dates, arrays, numerics as strings). */
export const camelKeys = <T = Record<string, unknown>>(row: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(row).map(([column, value]) => [camelCase(column), value])) as T;
