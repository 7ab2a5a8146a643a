import { PassThrough, pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { exactSpreadsheetNumber } from './money.js';
import { columnLetter, displayWidth, fittedWidth, HEADER_FILL, SHEET_OPTIONS, shownWidth, TOTAL_FILL } from './xlsx-style.js';

/**
 * Tables written as streamed XLSX or CSV. Money stays a decimal string everywhere but in the XLSX
 * cell, where Excel has only doubles: the cell holds the number with a `#,##0.00` format when the
 * double prints back as exactly the same decimal (`exactSpreadsheetNumber`), and the decimal string
 * as text otherwise, rather than a wrong number. The CSV holds the strings themselves.
 */
export type ColumnKind = 'text' | 'count' | 'money' | 'rate' | 'date';

export interface Column<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R) => string | number | null;
  width?: number;
  /** The XLSX number format, where the kind's default is not it (KRW money without decimals). */
  numFmt?: string;
}

export interface Table<R> {
  name: string;
  columns: Column<R>[];
  rows: Iterable<R> | AsyncIterable<R>;
  /** A last row in bold (합계 Total), one value per column, written after the rows. */
  totals?: (string | number | null)[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table of any row type, for a workbook whose sheets hold different rows. */
export type Sheet = Table<never>;
export const sheet = <R>(table: Table<R>): Sheet => table as unknown as Sheet;

const FORMATS: Partial<Record<ColumnKind, string>> = { count: '#,##0', money: '#,##0.00', rate: '#,##0.000000', date: 'yyyy-mm-dd' };

function xlsxCell(kind: ColumnKind, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'count') return value;
  if ((kind === 'money' || kind === 'rate') && typeof value === 'string') return exactSpreadsheetNumber(value) ?? value;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** An XLSX workbook, a sheet per table, written row by row into the returned stream; styled as xlsx-style.ts says. */
export function xlsxStream(tables: Sheet[]): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  void (async () => {
    for (const table of tables as unknown as Table<unknown>[]) {
      const sheet = workbook.addWorksheet(table.name, SHEET_OPTIONS);
      const format = (column: Column<unknown>) => column.numFmt ?? FORMATS[column.kind];
      // Rows held in memory (reports) size their columns by content; streamed ones (exports) by header.
      const known = Array.isArray(table.rows) ? (table.rows as unknown[]) : [];
      sheet.columns = table.columns.map((column, index) => ({
        header: column.header,
        width: column.width ?? fittedWidth(
          [displayWidth(column.header), ...[...known.map((row) => column.value(row)), table.totals?.[index] ?? null].map((value) => shownWidth(value, decimalsOf(format(column))))],
          column.kind === 'text' && known.length === 0 ? 28 : 10,
        ),
        style: format(column) ? { numFmt: format(column) } : {},
      }));
      const header = sheet.getRow(1);
      header.font = { bold: true };
      header.fill = HEADER_FILL;
      header.alignment = { vertical: 'middle', wrapText: false };
      header.commit();
      let last = 1;
      for await (const row of table.rows) {
        sheet.addRow(table.columns.map((column) => xlsxCell(column.kind, column.value(row)))).commit();
        last++;
      }
      if (table.totals) {
        const totals = sheet.addRow(table.columns.map((column, index) => xlsxCell(column.kind, table.totals?.[index] ?? null)));
        totals.font = { bold: true };
        totals.fill = TOTAL_FILL;
        totals.border = { top: { style: 'thin' } };
        totals.commit();
      }
      sheet.autoFilter = `A1:${columnLetter(table.columns.length)}${last}`;
      sheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

const decimalsOf = (format: string | undefined): number => /\.(0+)$/.exec(format ?? '')?.[1].length ?? 0;

/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts
 * with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`), and a leading tab
 * or carriage return hides one from the eye while Excel still strips it and runs the rest. Such a
 * cell is written with a single quote in front, which spreadsheets read as "this is text". Also
 * covered: a leading NUL (ASVS 1.2.10) and the full-width forms of the four signs, which some
 * spreadsheets fold to the ASCII ones. A cell that is exactly a decimal number (`-12.50`) is no
 * formula and stays as it is, so negative amounts read as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The one CSV cell writer: every CSV the service writes goes through it. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One table as CSV (UTF-8 with a BOM, so Excel opens Korean text correctly), every cell through csvCell. */
export function csvStream<R>(table: Table<R>): Readable {
  async function* records() {
    for await (const row of table.rows) yield table.columns.map((column) => csvCell(column.value(row)));
  }
  // pipeline, not pipe: an error while reading rows must reach the stream the response reads (see streamedFile).
  return pipeline(
    Readable.from(records()),
    stringify({ header: true, columns: table.columns.map((column) => csvCell(column.header)), bom: true }),
    () => undefined,
  );
}

/** Records as CSV text at once (small files: the CLI's sample files), every cell through csvCell. */
export function csvText(records: readonly (readonly (string | number | null)[])[], options: { recordDelimiter?: 'unix' | 'windows' } = {}): string {
  return stringifySync(
    records.map((record) => record.map(csvCell)),
    { record_delimiter: options.recordDelimiter ?? 'unix' },
  );
}
