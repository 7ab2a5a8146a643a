import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { inspectXlsx, type ReadLimits, TagCounter } from './spreadsheet-limits.js';

const LIMITS: ReadLimits = {
  zipEntries: 10, uncompressedBytes: 100_000, partBytes: 50_000, sharedStrings: 1000, rows: 1000, columns: 256, cells: 5000, recordBytes: 1024, memoryBytes: 64 << 20,
};

/** A zip of `parts` (name → content), written to a temporary file. */
async function zipFile(parts: Record<string, string>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const path = join(mkdtempSync(join(tmpdir(), 'pavilion-limits-')), 'book.xlsx');
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

describe('spreadsheet limits', () => {
  it('counts elements, not look-alikes, however the bytes are cut into chunks', () => {
    const xml = Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v></c><c/><cols/><col min="1"/></row><rowBreaks/><row>\n<c\tt="s"></c></row></sheetData>');
    const counted = (tag: string, size: number) => {
      const counter = new TagCounter(Buffer.from(tag));
      for (let at = 0; at < xml.length; at += size) counter.push(xml.subarray(at, at + size));
      return counter.count;
    };
    for (const size of [1, 2, 3, 5, 7, xml.length]) {
      expect({ size, rows: counted('<row', size), cells: counted('<c', size) }).toEqual({ size, rows: 2, cells: 3 });
    }
  });

  describe('inspectXlsx', () => {
    const sheet = (rows: number, cells: number) => `<sheetData>${`<row>${'<c><v>1</v></c>'.repeat(cells)}</row>`.repeat(rows)}</sheetData>`;

    it('passes a file within every limit', async () => {
      await expect(inspectXlsx(await zipFile({ 'xl/sharedStrings.xml': '<sst><si><t>a</t></si></sst>', 'xl/worksheets/sheet1.xml': sheet(10, 10) }), LIMITS)).resolves.toBeUndefined();
    });

    it.each([
      ['entries', { ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`x${i}.xml`, '<a/>'])) }, /11 zip entries, at most 10 \(IMPORT_MAX_ZIP_ENTRIES\)/],
      ['total size', { 'xl/worksheets/sheet1.xml': 'x'.repeat(60_000), 'xl/worksheets/sheet2.xml': 'x'.repeat(60_000) }, /more than 100,000 bytes uncompressed \(IMPORT_MAX_UNCOMPRESSED_BYTES\)/],
      ['part size', { 'xl/styles.xml': 'x'.repeat(50_001) }, /xl\/styles\.xml is 50,001 bytes uncompressed, at most 50,000 \(IMPORT_MAX_PART_BYTES\)/],
      ['shared strings', { 'xl/sharedStrings.xml': `<sst>${'<si><t>a</t></si>'.repeat(1001)}</sst>` }, /more than 1,000 shared strings/],
      ['rows', { 'xl/worksheets/sheet1.xml': sheet(1001, 1) }, /more than 1,000 rows/],
      ['cells, over all sheets', { 'xl/worksheets/sheet1.xml': sheet(300, 10), 'xl/worksheets/sheet2.xml': sheet(300, 10) }, /more than 5,000 cells/],
    ])('refuses a file over the %s limit', async (_what, parts, message) => {
      await expect(inspectXlsx(await zipFile(parts as Record<string, string>), LIMITS)).rejects.toThrow(message);
    });
  });
});
