import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import yazl from 'yazl';
import { inspectXlsx, MemoryBudget, type ReadLimits, TagCounter } from './spreadsheet-limits.js';

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

  describe('MemoryBudget', () => {
    /** V8's full collection, exposed as the budget exposes it. */
    const collect = (): void => {
      setFlagsFromString('--expose-gc');
      (runInNewContext('gc') as () => void)();
    };

    async function* rows(count: number): AsyncGenerator<{ cells: string[] }> {
      for (let i = 0; i < count; i++) yield await Promise.resolve({ cells: [`R${i}`, 'Wonju Medical Devices', 'CN'] });
    }

    it('keeps no row it has handed on (a 1,000,000-row read once kept every row it had read)', async () => {
      const budget = new MemoryBudget({ ...LIMITS, memoryBytes: 1 << 30 });
      const guarded = budget.guard(rows(2000), () => undefined);
      const handed: WeakRef<object>[] = [];
      // Read the rows but not to the end: the read is still open, as a long import's is between batches.
      for (let i = 0; i < 2000; i++) {
        const next = await guarded.next();
        handed.push(new WeakRef((next.value as { cells: string[] }).cells));
      }
      await nextTurn(); // WeakRef targets live at least until the end of the task that dereferenced them
      collect();
      // The last row or two may still be on some generator's frame; a leak keeps all 2,000.
      expect(handed.filter((ref) => ref.deref() !== undefined).length).toBeLessThan(10);
      await guarded.return(undefined);
    });

    /**
     * Runs `body` in a fresh Node process with the built module's MemoryBudget and LIMITS in scope, and
     * returns what it printed. A fresh process because a test process recycled after heavy files hands
     * its freed heap pages back to the system at its own pace, which moves resident memory under the
     * budget's feet (a CI run's baseline was taken before such a drop).
     */
    const inFreshProcess = (body: string): string => {
      const script = `
        import { MemoryBudget } from ${JSON.stringify(new URL('../../dist/src/imports/spreadsheet-limits.js', import.meta.url).href)};
        const LIMITS = ${JSON.stringify(LIMITS)};
        ${body}`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
      return `${result.stdout}${result.stderr}`;
    };

    it('counts growth from what survives a collection, not from garbage left before the read', () => {
      const printed = inFreshProcess(`
        // Garbage outside the heap (a previous import's buffers), still uncollected when the read starts.
        for (let i = 0; i < 4; i++) Buffer.alloc(16 << 20, 1);
        const budget = new MemoryBudget({ ...LIMITS, memoryBytes: 32 << 20 });
        // Held and written to: 48 MB of growth, over the 32 MB budget however the garbage above is counted.
        const held = Buffer.alloc(48 << 20, 1);
        try {
          budget.check();
          process.stdout.write('not tripped, holding ' + held.length + '\\n');
        } catch (error) {
          process.stdout.write(error.message + '\\n');
        }`);
      expect(printed).toMatch(/more memory to read than the reader may use \(32 MB/);
    });

    it('ends the read with its problem once the budget is exceeded, between rows or while waiting for one', () => {
      const printed = inFreshProcess(`
        const budget = new MemoryBudget({ ...LIMITS, memoryBytes: 0 });
        let abandoned = false;
        // A source that never yields (exceljs inside a large part): only the budget's timer can end it.
        const stuck = (async function* () {
          await new Promise(() => setTimeout(() => undefined, 60_000));
          yield 1;
        })();
        // Held, so the budget sees growth that survives a collection; written to, so resident memory grows too.
        const grow = Buffer.alloc(64 << 20, 1);
        try {
          await budget.guard(stuck, () => (abandoned = true)).next();
          process.stdout.write('not ended\\n');
        } catch (error) {
          process.stdout.write(error.message + ' | abandoned: ' + abandoned + ' | held: ' + grow.length + '\\n');
        }
        process.exit(0);`);
      expect(printed).toMatch(/more memory to read than the reader may use .*\| abandoned: true \| held: 67108864/);
    });
  });
});
