import type { EntityMetadata } from 'typeorm';

/** PostgreSQL's array element type for a column type (`char(2)[]` would cut values to one character). */
const arrayType = (type: string): string => (['char', 'character', 'varchar', 'character varying'].includes(type) ? 'text' : type);

export interface UnnestInsert<T> {
  /** `INSERT INTO <table> (…) SELECT … FROM unnest(…) AS t(…)`: add a WHERE, ON CONFLICT or RETURNING. */
  sql: string;
  /** The number of the first parameter after the per-row arrays. */
  nextParam: number;
  /** The per-row arrays, in the order of the statement's parameters from `firstParam` on. */
  arrays(rows: readonly T[]): unknown[][];
}

export interface UnnestInsertOptions {
  /** Columns (by property) the statement sets from an SQL expression instead of a per-row value: `{ agencyId: '$1' }`. */
  fixed?: Record<string, string>;
  /** Per-row values that are no column, with their PostgreSQL type, for the expressions of `fixed`. */
  extra?: Record<string, string>;
  /** The number of the first per-row array parameter (after those `fixed` uses). */
  firstParam?: number;
}

const snake = (property: string): string => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A multi-row INSERT of an entity's table from one array per column (`unnest`), whose column list is
 * the entity's own: every column but the id, the timestamps and the soft-delete mark, which the table
 * fills; `version` starts at 1. So a column added to the entity is written by every statement built
 * here without another edit; a row without a value for it writes NULL.
 */
export function unnestInsert<T extends object>(metadata: EntityMetadata, options: UnnestInsertOptions = {}): UnnestInsert<T> {
  const fixed = options.fixed ?? {};
  const seen = new Set<string>();
  const columns = metadata.columns.filter((column) => {
    if (column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isDeleteDate || seen.has(column.databaseName)) return false;
    seen.add(column.databaseName);
    return true;
  });
  const perRow = [
    ...columns
      .filter((column) => !column.isVersion && fixed[column.propertyName] === undefined)
      .map((column) => ({ property: column.propertyName, name: column.databaseName, type: arrayType(String(column.type)) })),
    ...Object.entries(options.extra ?? {}).map(([property, type]) => ({ property, name: snake(property), type })),
  ];
  const first = options.firstParam ?? 1;
  const select = columns.map((column) => (column.isVersion ? '1' : (fixed[column.propertyName] ?? column.databaseName)));
  const sql =
    `INSERT INTO ${metadata.tableName} (${columns.map((column) => column.databaseName).join(', ')})\n` +
    `SELECT ${select.join(', ')}\n` +
    `  FROM unnest(${perRow.map((column, i) => `$${first + i}::${column.type}[]`).join(', ')})\n` +
    `    AS t(${perRow.map((column) => column.name).join(', ')})`;
  return {
    sql,
    nextParam: first + perRow.length,
    arrays: (rows) => perRow.map((column) => rows.map((row) => (row as Record<string, unknown>)[column.property] ?? null)),
  };
}
