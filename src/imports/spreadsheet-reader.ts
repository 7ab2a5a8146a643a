import { createReadStream, type ReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ImportFormat } from './import.entity.js';
import type { Cell } from './row-parser.js';
import { columnLetter } from '../common/xlsx-style.js';
import { count, inspectXlsx, MemoryBudget, overLimit, type ReadLimits, SpreadsheetProblem } from './spreadsheet-limits.js';

export type TextEncoding = 'utf-8' | 'cp949';

export interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  cells: Cell[];
}

/** A row as a reader yields it: its cells up to IMPORT_MAX_COLUMNS, and how wide it really is. */
interface RawRow extends SheetRow {
  width: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;

export interface CsvSurvey {
  encoding: TextEncoding;
  records: number;
  /** Fields over all records (what the cell limit counts). */
  fields: number;
  /** The longest record, in bytes. */
  longestRecord: number;
}

/**
 * One streaming pass over a CSV's bytes: its encoding (a UTF-8 BOM, else valid UTF-8, else CP949 —
 * what Korean Excel writes), its number of non-empty records and of fields, and its longest record,
 * quote-aware. CP949 never uses bytes below 0x80 inside a character, so quotes, commas and newlines
 * can be counted before decoding. Stops at the first limit it passes.
 */
export async function surveyCsv(path: string, limits?: ReadLimits): Promise<CsvSurvey> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let records = 0;
  let fields = 0;
  let longestRecord = 0;
  let recordBytes = 0;
  let quoted = false;
  let lineHasContent = false;
  // The first three bytes, for the BOM (a UTF-8 byte-order mark makes the file UTF-8 whatever else it holds).
  let head = Buffer.alloc(0);
  const endRecord = () => {
    if (lineHasContent) {
      records++;
      fields++;
    }
    longestRecord = Math.max(longestRecord, recordBytes);
    lineHasContent = false;
    recordBytes = 0;
  };
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (head.length < 3) head = Buffer.concat([head, chunk.subarray(0, 3 - head.length)]);
      if (utf8) {
        try {
          decoder.decode(chunk, { stream: true });
        } catch {
          utf8 = false;
        }
      }
      for (const byte of chunk) {
        recordBytes++;
        if (byte === QUOTE) quoted = !quoted;
        if (byte === LF && !quoted) endRecord();
        else if (byte !== CR) {
          lineHasContent = true;
          if (byte === COMMA && !quoted) fields++;
        }
      }
      if (limits) checkCsv(limits, { records, fields, longestRecord: Math.max(longestRecord, recordBytes) });
    }
  } finally {
    stream.destroy();
  }
  endRecord();
  if (limits) checkCsv(limits, { records, fields, longestRecord });
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  const bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { encoding: bom || utf8 ? 'utf-8' : 'cp949', records, fields, longestRecord };
}

function checkCsv(limits: ReadLimits, found: Pick<CsvSurvey, 'records' | 'fields' | 'longestRecord'>): void {
  if (found.longestRecord > limits.recordBytes) {
    throw overLimit(`a record (line) longer than ${count(limits.recordBytes)} bytes`, 'IMPORT_MAX_RECORD_BYTES');
  }
  if (found.records > limits.rows) throw overLimit(`more than ${count(limits.rows)} rows`, 'IMPORT_MAX_ROWS');
  if (found.fields > limits.cells) throw overLimit(`more than ${count(limits.cells)} cells`, 'IMPORT_MAX_CELLS');
}

/** Records numbered as a spreadsheet numbers its rows (a quoted multi-line cell stays one row); blank lines skipped. */
async function* csvRows(bytes: ReadStream, encoding: TextEncoding, limits: ReadLimits): AsyncGenerator<RawRow> {
  const text = encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('cp949'));
  let rowNumber = 0;
  // csv-parse counts characters, never more than the bytes the survey measured.
  const records = text.pipe(parse({ bom: true, relax_column_count: true, max_record_size: limits.recordBytes }));
  for await (const record of records as AsyncIterable<string[]>) {
    rowNumber++;
    if (record.length > 1 || record[0] !== '') yield { rowNumber, cells: record.length > limits.columns ? record.slice(0, limits.columns) : record, width: record.length };
  }
}

/** A cell as exceljs streams it (rich text, formulas, hyperlinks) reduced to its value. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if ('result' in object) return cellValue(object.result);
    if (typeof object.text === 'string') return object.text;
  }
  return null;
}

/** The first worksheet's rows, streamed (shared strings are cached; nothing else is kept). */
async function* xlsxRows(input: ReadStream, columns: number): AsyncGenerator<RawRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      // `values` is sparse (1-based, holes for empty cells, as long as its last cell): every hole
      // becomes a null cell, and no more than `columns` are built (a cell in XFD costs nothing).
      const width = Math.max(values.length - 1, 0);
      const cells = Array.from({ length: Math.min(width, columns) }, (_, index) => cellValue(values[index + 1]));
      if (width > columns || cells.some((cell) => cell !== null && cell !== '')) yield { rowNumber: row.number, cells, width };
    }
    return;
  }
}

/**
 * Rows as the import reads them, within the limits: the header row may not reach past
 * IMPORT_MAX_COLUMNS (a clear error), later rows are cut there (no column beyond it can be mapped);
 * the cells read are counted; the memory budget is watched. Any error reading the file is a
 * SpreadsheetProblem: the same bytes would fail the same way on a retry.
 */
async function* bounded(path: string, format: ImportFormat, encoding: TextEncoding, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const input = createReadStream(path);
  const budget = new MemoryBudget(limits);
  const source = format === 'csv' ? csvRows(input, encoding, limits) : xlsxRows(input, limits.columns);
  let header = true;
  let cells = 0;
  let rows = 0;
  try {
    for await (const row of budget.guard(source, () => input.destroy())) {
      if (header && row.width > limits.columns) {
        throw new SpreadsheetProblem(
          `the header row (row ${row.rowNumber}) reaches column ${columnLetter(row.width)} (${count(row.width)}); headers must be within the first ${limits.columns} columns (IMPORT_MAX_COLUMNS)`,
        );
      }
      header = false;
      const kept = row.cells;
      cells += kept.length;
      rows++;
      if (cells > limits.cells) throw overLimit(`more than ${count(limits.cells)} cells`, 'IMPORT_MAX_CELLS');
      if (rows > limits.rows) throw overLimit(`more than ${count(limits.rows)} rows`, 'IMPORT_MAX_ROWS');
      if (rows % 256 === 0) budget.check();
      yield { rowNumber: row.rowNumber, cells: kept };
    }
  } catch (error) {
    if (error instanceof SpreadsheetProblem) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetProblem(`the file could not be read as ${format.toUpperCase()}: ${message.slice(0, 300)}`);
  } finally {
    input.destroy();
  }
}

export function sheetRows(path: string, format: ImportFormat, encoding: TextEncoding, limits: ReadLimits): AsyncGenerator<SheetRow> {
  return bounded(path, format, encoding, limits);
}

/**
 * Checks the file against the limits before anything is imported (an XLSX's zip structure and
 * counts first, without exceljs), and counts its non-empty rows (header included); for a CSV, its encoding.
 */
export async function survey(path: string, format: ImportFormat, limits: ReadLimits): Promise<{ encoding: TextEncoding; records: number }> {
  if (format === 'csv') {
    const { encoding, records } = await surveyCsv(path, limits);
    return { encoding, records };
  }
  await inspectXlsx(path, limits);
  let records = 0;
  for await (const _row of bounded(path, format, 'utf-8', limits)) records++;
  return { encoding: 'utf-8', records };
}
