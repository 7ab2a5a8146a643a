import { Column } from 'typeorm';

/** `numeric` comes back from pg as a string: it stays one (money is never a JS number). */
export const numericColumn = (precision: number, scale: number, nullable = false) =>
  Column({ type: 'numeric', precision, scale, nullable });

/** A CHECK that `column` holds one of `values`, written as the migrations write it: `"stage" IN ('consulted', 'won')`. */
export const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
