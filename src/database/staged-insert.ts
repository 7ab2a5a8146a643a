import type { EntityMetadata } from 'typeorm';
import { type CopyValue, copyTextRow } from './copy-text.js';
import { type InsertColumnOptions, insertColumns } from './insert-columns.js';

export interface StagedInsert<T> {
  /** Creates the session's staging table on first use (`IF NOT EXISTS`): its columns are the INSERT's per-row values, after `n`. */
  createStage: string;
  /** `COPY <stage> (…) FROM STDIN`, for the text of `copyText`. */
  copy: string;
  /** The rows in COPY's text format, numbered `n` in their order; a value a row does not have is NULL. */
  copyText(rows: readonly T[]): string;
  /** Empties the staging table and returns its rows: `WITH staged AS (${drain})`. */
  drain: string;
  /** `INSERT INTO <table> (…) SELECT … FROM <source> ORDER BY n`, in the rows' order: add ON CONFLICT or RETURNING. */
  insertFrom(source: string): string;
}

/**
 * A multi-row INSERT of an entity's table through a session-temporary staging table filled by
 * `COPY … FROM STDIN` (no WAL, no indexes, no per-row statement). The staging table's columns, the COPY
 * text and the INSERT … SELECT lists all come from the entity's columns (`insertColumns`), so a column
 * added to the entity is staged and written without another edit. `T`'s values must be ones COPY's
 * text format carries (`CopyValue`).
 */
export function stagedInsert<T extends { [K in keyof T]: CopyValue | undefined }>(
  metadata: EntityMetadata,
  stage: string,
  options: InsertColumnOptions = {},
): StagedInsert<T> {
  const { names, select, perRow } = insertColumns(metadata, options);
  const staged = ['n', ...perRow.map((column) => column.name)];
  return {
    createStage: `CREATE TEMPORARY TABLE IF NOT EXISTS ${stage} (n int, ${perRow.map((column) => `${column.name} ${column.type}`).join(', ')})`,
    copy: `COPY ${stage} (${staged.join(', ')}) FROM STDIN`,
    copyText: (rows) => {
      let text = '';
      for (let n = 0; n < rows.length; n++) {
        const row = rows[n] as Record<string, CopyValue | undefined>;
        text += copyTextRow([n, ...perRow.map((column) => row[column.property] ?? null)]);
      }
      return text;
    },
    drain: `DELETE FROM ${stage} RETURNING *`,
    insertFrom: (source) =>
      `INSERT INTO ${metadata.tableName} (${names.join(', ')})\n` +
      `SELECT ${select.join(', ')}\n` +
      `  FROM ${source} ORDER BY n`,
  };
}
