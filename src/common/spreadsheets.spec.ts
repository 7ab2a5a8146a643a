import ExcelJS from 'exceljs';
import { csvStream, sheet, type Table, xlsxStream } from './spreadsheets.js';

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
