import type ExcelJS from 'exceljs';

/**
 * How every XLSX table the service writes looks: the header bold on a light fill, frozen with the first
 * column, an autofilter over the table, columns as wide as their text, and landscape A4 printing one
 * page wide, so the file is the table a manager pastes into a report without touching it.
 */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
export const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export const SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = {
  views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
};

/** Hangul, CJK and full-width forms take two character widths in Excel's default font. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** A number as a format shows it: its digits with thousands separators (and two decimals for money). */
export function shownWidth(value: string | number | null, decimals: number): number {
  if (value === null) return 0;
  if (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value)) {
    const [whole] = String(value).replace('-', '').split('.');
    return whole.length + Math.floor((whole.length - 1) / 3) + (decimals > 0 ? decimals + 1 : 0) + (String(value).startsWith('-') ? 1 : 0);
  }
  return displayWidth(String(value));
}

/** The column width: its widest text, header included, plus room for the autofilter button; capped. */
export const fittedWidth = (widths: number[], minimum: number): number => Math.min(60, Math.max(minimum, ...widths.map((width) => width + 3)));

/** The column letter of a 1-based index (A, …, Z, AA, …). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The decimals a currency is written with (KRW and JPY none, USD two), as ICU knows them. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export const moneyFormat = (decimals: number): string => (decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`);
