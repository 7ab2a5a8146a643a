import type { EntityMetadata } from 'typeorm';

export interface InsertColumnOptions {
  /** Columns (by property) the statement sets from an SQL expression instead of a per-row value: `{ agencyId: '$1' }`. */
  fixed?: Record<string, string>;
  /** Per-row values that are no column, with their PostgreSQL type, for the expressions of `fixed`. */
  extra?: Record<string, string>;
}

/** A value each row brings: the row's property, its column name in the statement, its PostgreSQL type. */
export interface RowColumn {
  property: string;
  name: string;
  type: string;
}

export interface InsertColumns {
  /** The columns the INSERT names, in the entity's order. */
  names: string[];
  /** What the INSERT's SELECT writes into each of `names`: 1 for the version, a fixed column's expression, else the row's value of that name. */
  select: string[];
  /** The values each row brings: the columns neither fixed nor the version, then the extras. */
  perRow: RowColumn[];
}

/** A type that keeps a value whole as an array element or a staging column (`char` alone is `char(1)` and cuts a `char(2)` value). */
const wholeType = (type: string): string => (['char', 'character', 'varchar', 'character varying'].includes(type) ? 'text' : type);

const snake = (property: string): string => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The column list of a multi-row INSERT of an entity's table, taken from the entity: every column but
 * the id, the timestamps and the soft-delete mark, which the table fills; `version` starts at 1. Every
 * multi-row insert builds on it (`unnestInsert`, `stagedInsert`), so a column added to the entity is
 * written by all of them without another edit; a row without a value for it writes NULL.
 */
export function insertColumns(metadata: EntityMetadata, options: InsertColumnOptions = {}): InsertColumns {
  const fixed = options.fixed ?? {};
  const seen = new Set<string>();
  const columns = metadata.columns.filter((column) => {
    if (column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isDeleteDate || seen.has(column.databaseName)) return false;
    seen.add(column.databaseName);
    return true;
  });
  return {
    names: columns.map((column) => column.databaseName),
    select: columns.map((column) => (column.isVersion ? '1' : (fixed[column.propertyName] ?? column.databaseName))),
    perRow: [
      ...columns
        .filter((column) => !column.isVersion && fixed[column.propertyName] === undefined)
        .map((column) => ({ property: column.propertyName, name: column.databaseName, type: wholeType(String(column.type)) })),
      ...Object.entries(options.extra ?? {}).map(([property, type]) => ({ property, name: snake(property), type })),
    ],
  };
}
