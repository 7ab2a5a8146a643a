import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { csvCell, csvStream, csvText, sheet, type Table, xlsxStream } from './spreadsheets.js';

interface Row {
  name: string;
  amount: string;
}

const table: Table<Row> = {
  name: 'Amounts',
  columns: [
    { header: 'name', kind: 'text', value: (row) => row.name },
    { header: 'amount', kind: 'money', value: (row) => row.amount },
  ],
  rows: [
    { name: 'small', amount: '0.10' },
    { name: 'below 2^53 cents', amount: '90071992547409.91' },
    { name: 'beyond a double', amount: '123456789012345678.99' },
  ],
};

const read = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

describe('spreadsheets', () => {
  it('writes money as number cells that print back exactly, and as text where a double cannot hold it', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await read(xlsxStream([sheet(table)]))) as unknown as ArrayBuffer);
    const cells = [2, 3, 4].map((row) => book.worksheets[0].getRow(row).getCell(2));
    expect(cells.map((cell) => typeof cell.value)).toEqual(['number', 'number', 'string']);
    expect(cells.map((cell) => (typeof cell.value === 'number' ? cell.value.toFixed(2) : cell.value))).toEqual((table.rows as Row[]).map((row) => row.amount));
    expect(cells[0].numFmt).toBe('#,##0.00');
  });

  it('writes CSV with a BOM and the decimal strings unchanged', async () => {
    const text = (await read(csvStream(table))).toString('utf8');
    expect(text.startsWith('\uFEFFname,amount\n')).toBe(true);
    expect(text).toContain('beyond a double,123456789012345678.99');
  });
});

describe('CSV formula injection (OWASP): csvCell', () => {
  it('puts a single quote before a cell that a spreadsheet would run as a formula', () => {
    const hostile = ['=1+1', '=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '\0=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '-', '+', '=', '@', '-1e5', '+1', '- 1', '-0x10'];
    expect(hostile.map(csvCell)).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it('leaves everything else as it is: plain decimals (negative ones too), inner signs, empty cells', () => {
    const plain = ['-12.50', '-1', '0', '125000.00', 'a=b', 'Acme - Seoul', ' =not first', '', "'quoted", 'user@example.com', '2017-05-16'];
    expect(plain.map(csvCell)).toEqual(plain);
    expect([null, undefined, 42].map(csvCell)).toEqual(['', '', '42']);
  });

  it('is what csvStream and csvText write: a spreadsheet reads the text back, never a formula', async () => {
    const rows = [{ name: '=1+1', amount: '-12.50' }, { name: '\t=1+1', amount: '3.00' }];
    const streamed = (await read(csvStream({ ...table, rows }))).toString('utf8');
    expect(parse(streamed, { bom: true })).toEqual([['name', 'amount'], ["'=1+1", '-12.50'], ["'\t=1+1", '3.00']]);
    expect(parse(csvText([['@x', '-1']]))).toEqual([["'@x", '-1']]);
  });
});

/** The class guard: a CSV written anywhere but through spreadsheets.ts would skip csvCell. */
describe('every CSV the service writes goes through csvCell', () => {
  const SRC = join(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : [],
    );
  const sources = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('only common/spreadsheets.ts uses a CSV writer', () => {
    expect(sources.filter((file) => /from ['"]csv-stringify/.test(file.text)).map((file) => file.path)).toEqual(['common/spreadsheets.ts']);
  });

  it('every route answering text/csv has its body from csvStream (in its own file or its feature folder)', () => {
    const folder = (path: string) => path.split('/').slice(0, -1).join('/');
    const csvRoutes = sources.filter((file) => file.text.includes("'text/csv") && file.path !== 'common/spreadsheets.ts');
    expect(csvRoutes.map((file) => file.path).sort()).toEqual(['consultations/consultation-exports.controller.ts', 'imports/imports.controller.ts', 'outcomes/outcome-reports.controller.ts']);
    const unguarded = csvRoutes.filter((route) => !sources.some((file) => folder(file.path) === folder(route.path) && /\bcsvStream\(/.test(file.text)));
    expect(unguarded.map((file) => file.path)).toEqual([]);
  });
});
