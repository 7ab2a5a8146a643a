import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ImportFormat } from './import.entity.js';
import type { Cell } from './row-parser.js';

export type TextEncoding = 'utf-8' | 'cp949';

export interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  cells: Cell[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * One streaming pass over a CSV's bytes: its encoding (a UTF-8 BOM, else valid UTF-8, else CP949 —
 * what Korean Excel writes) and its number of non-empty records, quote-aware. CP949 never uses bytes
 * below 0x80 inside a character, so quotes and newlines can be counted before decoding.
 */
export async function surveyCsv(path: string): Promise<{ encoding: TextEncoding; records: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let records = 0;
  let quoted = false;
  let lineHasContent = false;
  // The first three bytes, for the BOM (a UTF-8 byte-order mark makes the file UTF-8 whatever else it holds).
  let head = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (head.length < 3) head = Buffer.concat([head, chunk.subarray(0, 3 - head.length)]);
    if (utf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        utf8 = false;
      }
    }
    for (const byte of chunk) {
      if (byte === QUOTE) quoted = !quoted;
      if (byte === LF && !quoted) {
        if (lineHasContent) records++;
        lineHasContent = false;
      } else if (byte !== CR) lineHasContent = true;
    }
  }
  if (lineHasContent) records++;
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  const bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { encoding: bom || utf8 ? 'utf-8' : 'cp949', records };
}

/** Records numbered as a spreadsheet numbers its rows (a quoted multi-line cell stays one row); blank lines skipped. */
async function* csvRows(path: string, encoding: TextEncoding): AsyncGenerator<SheetRow> {
  const bytes = createReadStream(path);
  const text = encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('cp949'));
  let rowNumber = 0;
  for await (const record of text.pipe(parse({ bom: true, relax_column_count: true })) as AsyncIterable<string[]>) {
    rowNumber++;
    if (record.length > 1 || record[0] !== '') yield { rowNumber, cells: record };
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
async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells = values.slice(1).map(cellValue);
      if (cells.some((cell) => cell !== null && cell !== '')) yield { rowNumber: row.number, cells };
    }
    return;
  }
}

export function sheetRows(path: string, format: ImportFormat, encoding: TextEncoding): AsyncGenerator<SheetRow> {
  return format === 'csv' ? csvRows(path, encoding) : xlsxRows(path);
}

/** How many non-empty rows (header included) a file holds, and for a CSV its encoding. */
export async function survey(path: string, format: ImportFormat): Promise<{ encoding: TextEncoding; records: number }> {
  if (format === 'csv') {
    return surveyCsv(path);
  }
  let records = 0;
  for await (const _row of xlsxRows(path)) records++;
  return { encoding: 'utf-8', records };
}
