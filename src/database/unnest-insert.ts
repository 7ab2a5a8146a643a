import type { EntityMetadata } from 'typeorm';
import { type InsertColumnOptions, insertColumns } from './insert-columns.js';

export interface UnnestInsert<T> {
  /** `INSERT INTO <table> (…) SELECT … FROM unnest(…) AS t(…)`: add a WHERE, ON CONFLICT or RETURNING. */
  sql: string;
  /** The number of the first parameter after the per-row arrays. */
  nextParam: number;
  /** The per-row arrays, in the order of the statement's parameters from `firstParam` on. */
  arrays(rows: readonly T[]): unknown[][];
}

export interface UnnestInsertOptions extends InsertColumnOptions {
  /** The number of the first per-row array parameter (after those `fixed` uses). */
  firstParam?: number;
}

/**
 * A multi-row INSERT of an entity's table from one array per column (`unnest`), whose column list is
 * the entity's own (`insertColumns`).
 */
export function unnestInsert<T extends object>(metadata: EntityMetadata, options: UnnestInsertOptions = {}): UnnestInsert<T> {
  const { names, select, perRow } = insertColumns(metadata, options);
  const first = options.firstParam ?? 1;
  const sql =
    `INSERT INTO ${metadata.tableName} (${names.join(', ')})\n` +
    `SELECT ${select.join(', ')}\n` +
    `  FROM unnest(${perRow.map((column, i) => `$${first + i}::${column.type}[]`).join(', ')})\n` +
    `    AS t(${perRow.map((column) => column.name).join(', ')})`;
  return {
    sql,
    nextParam: first + perRow.length,
    arrays: (rows) => perRow.map((column) => rows.map((row) => (row as Record<string, unknown>)[column.property] ?? null)),
  };
}
