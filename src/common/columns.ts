import { Column } from 'typeorm';

/** `numeric` comes back from pg as a string: it stays one (money is never a JS number). */
export const numericColumn = (precision: number, scale: number, nullable = false) =>
  Column({ type: 'numeric', precision, scale, nullable });
