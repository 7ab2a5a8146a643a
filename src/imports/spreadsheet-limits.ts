import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import yauzl from 'yauzl';

/** What one uploaded file may cost the worker (IMPORT_MAX_* and IMPORT_READER_MEMORY_MB). */
export interface ReadLimits {
  zipEntries: number;
  uncompressedBytes: number;
  /** Any XLSX part but a worksheet: exceljs holds shared strings and styles whole in memory. */
  partBytes: number;
  sharedStrings: number;
  rows: number;
  columns: number;
  cells: number;
  recordBytes: number;
  memoryBytes: number;
}

/**
 * A file that cannot be imported as it is (unreadable, malformed, or over a limit): it would fail the
 * same way on every attempt, so the import fails at once with this message.
 */
export class SpreadsheetProblem extends Error {}

export const count = (value: number): string => value.toLocaleString('en-US');

/** A limit the file passes, in words a user can act on, naming the setting that holds it. */
export const overLimit = (what: string, variable: string): SpreadsheetProblem => new SpreadsheetProblem(`the file is over a limit: ${what} (${variable})`);

/**
 * Counts opening tags (`<row`, `<c`, `<si`) in a stream of XML bytes. In well-formed XML a `<` in
 * text is always escaped, so every literal `<name` followed by a space, `>` or `/` is an element.
 */
export class TagCounter {
  count = 0;
  private tail: Buffer = Buffer.alloc(0);

  constructor(private readonly tag: Buffer) {}

  push(chunk: Buffer): void {
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const last = data.length - this.tag.length - 1;
    let at = data.indexOf(this.tag);
    while (at !== -1 && at <= last) {
      const next = data[at + this.tag.length];
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) this.count++;
      at = data.indexOf(this.tag, at + 1);
    }
    this.tail = data.subarray(Math.max(0, last + 1));
  }
}

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Checks an XLSX before exceljs sees it, from the zip's central directory (yauzl): entry count,
 * declared sizes, encryption; then inflates every entry once, streaming (yauzl refuses an entry whose
 * inflated size differs from the declared one, so a lying header cannot smuggle a bomb past the
 * size check) and counts the shared strings, rows and cells exceljs would build. Memory stays flat;
 * the work is bounded by IMPORT_MAX_UNCOMPRESSED_BYTES.
 */
export async function inspectXlsx(path: string, limits: ReadLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, autoClose: false });
  } catch (error) {
    throw new SpreadsheetProblem(`the file is not a readable XLSX (zip) file: ${(error as Error).message}`);
  }
  try {
    if (zip.entryCount > limits.zipEntries) throw overLimit(`${count(zip.entryCount)} zip entries, at most ${count(limits.zipEntries)}`, 'IMPORT_MAX_ZIP_ENTRIES');
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new SpreadsheetProblem('the XLSX file is encrypted; save it without a password');
      if (!entry.canDecodeFileData()) throw new SpreadsheetProblem(`the XLSX part ${entry.fileName} uses an unsupported zip compression method`);
      declared += entry.uncompressedSize;
      if (declared > limits.uncompressedBytes) throw overLimit(`more than ${count(limits.uncompressedBytes)} bytes uncompressed`, 'IMPORT_MAX_UNCOMPRESSED_BYTES');
      if (!WORKSHEET.test(entry.fileName) && entry.uncompressedSize > limits.partBytes) {
        throw overLimit(`${entry.fileName} is ${count(entry.uncompressedSize)} bytes uncompressed, at most ${count(limits.partBytes)}`, 'IMPORT_MAX_PART_BYTES');
      }
      entries.push(entry);
    }
    const totals = { sharedStrings: 0, rows: 0, cells: 0 };
    for (const entry of entries) await scanEntry(zip, entry, limits, totals);
  } catch (error) {
    if (error instanceof SpreadsheetProblem) throw error;
    throw new SpreadsheetProblem(`the file is not a readable XLSX (zip) file: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}

async function scanEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limits: ReadLimits, totals: { sharedStrings: number; rows: number; cells: number }) {
  const stream = await zip.openReadStreamPromise(entry);
  const sheet = WORKSHEET.test(entry.fileName);
  const strings = entry.fileName === SHARED_STRINGS ? new TagCounter(Buffer.from('<si')) : null;
  const rows = sheet ? new TagCounter(Buffer.from('<row')) : null;
  const cells = sheet ? new TagCounter(Buffer.from('<c')) : null;
  const before = { ...totals };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!strings && !rows) continue;
      strings?.push(chunk);
      rows?.push(chunk);
      cells?.push(chunk);
      totals.sharedStrings = before.sharedStrings + (strings?.count ?? 0);
      totals.rows = before.rows + (rows?.count ?? 0);
      totals.cells = before.cells + (cells?.count ?? 0);
      if (totals.sharedStrings > limits.sharedStrings) throw overLimit(`more than ${count(limits.sharedStrings)} shared strings`, 'IMPORT_MAX_SHARED_STRINGS');
      if (totals.rows > limits.rows) throw overLimit(`more than ${count(limits.rows)} rows`, 'IMPORT_MAX_ROWS');
      if (totals.cells > limits.cells) throw overLimit(`more than ${count(limits.cells)} cells`, 'IMPORT_MAX_CELLS');
    }
  } finally {
    stream.destroy();
  }
}

/**
 * What the process holds in V8's heap and in buffers, garbage included until a collection. Buffers
 * are counted by `arrayBuffers`, not `external`: V8 settles `external` for freed buffers some time
 * after a collection (a collection that freed 64 MB of buffers still reported them), which would
 * count garbage in a baseline.
 */
const heldBytes = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

let fullCollection: (() => void) | undefined;
/** A full garbage collection (V8's `gc`, exposed on first use through the documented flag). */
function collectGarbage(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
}

/**
 * While resident memory is over the budget, full collections are spaced by what they cost: the next
 * one comes no sooner than this many times the last one's duration, and never sooner than
 * `MIN_COLLECT_GAP_MS`. A large heap's collection then takes at most a tenth of the read's time, and a
 * small one's does not wait a whole second to trip a small budget.
 */
const COLLECT_GAP_PER_COST = 10;
const MIN_COLLECT_GAP_MS = 250;

/**
 * What the process holds once its garbage is gone: two full collections, then the count. V8 frees the
 * buffers a collection found dead on a background thread, after the collection returns, and the next
 * collection first waits for that to finish: after one, a busy machine may still count them (a CI run
 * saw a baseline keep 64 MB of dead buffers).
 */
function heldAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return heldBytes();
}

/**
 * The reader's memory budget: the process's resident memory may grow by `memoryBytes` over what it
 * was when reading started. Sampled on a timer, so it also trips while exceljs is inside one part
 * (shared strings) and yields no rows; `guard` then ends the read with a SpreadsheetProblem.
 *
 * Resident memory counts garbage V8 has not collected yet: on a busy machine a long import's batches
 * leave it faster than concurrent marking clears it (a 1,000,000-row CSV once tripped a 512 MB budget
 * at 129,000 rows, while a 180 MB heap cap held the same import). So once resident memory is over,
 * the budget collects (spaced by what a collection costs) and counts what survives, held in the heap and in
 * buffers, against the same budget; only that trips it.
 */
export class MemoryBudget {
  // Both baselines are taken after a full collection: garbage counted in a baseline (a previous
  // import's batches) would be subtracted from every later reading, and a file could outgrow the
  // budget by as much as the garbage there was before the budget tripped.
  private readonly heldBaseline = heldAfterCollection();
  private readonly baseline = process.memoryUsage.rss();
  private nextCollectionAt = 0;
  private held = 0;
  private readonly timer: NodeJS.Timeout;
  private tripped: SpreadsheetProblem | null = null;
  /** Rejects the row `guard` is waiting for, while it waits for one; null between rows. */
  private wake: ((problem: SpreadsheetProblem) => void) | null = null;

  constructor(private readonly limits: ReadLimits) {
    this.timer = setInterval(() => {
      if (this.exceededNow()) this.wake?.(this.tripped as SpreadsheetProblem);
    }, 50);
    this.timer.unref();
  }

  /** Throws once the budget is exceeded (called between rows). */
  check(): void {
    if (this.exceededNow()) throw this.tripped as SpreadsheetProblem;
  }

  private exceededNow(): boolean {
    if (this.tripped) return true;
    if (process.memoryUsage.rss() - this.baseline <= this.limits.memoryBytes) return false;
    const now = performance.now();
    if (now >= this.nextCollectionAt) {
      this.held = heldAfterCollection();
      const took = performance.now() - now;
      this.nextCollectionAt = now + Math.max(MIN_COLLECT_GAP_MS, COLLECT_GAP_PER_COST * took);
    }
    if (this.held - this.heldBaseline <= this.limits.memoryBytes) return false;
    this.tripped = new SpreadsheetProblem(
      `the file needs more memory to read than the reader may use (${Math.round(this.limits.memoryBytes / 1048576)} MB, IMPORT_READER_MEMORY_MB)`,
    );
    return true;
  }

  /**
   * The rows of `source`, ended by a SpreadsheetProblem as soon as the budget is exceeded.
   *
   * Each row is awaited through a promise of its own that the timer can reject, dropped once the row
   * comes. Not `Promise.race([source.next(), exceeded])` against one promise that settles only when
   * the budget trips: every race leaves a reaction on that promise, holding the race's result (the
   * row and its cells) for the whole read — about 0.9 KB a row, what failed a 1,000,000-row CSV at
   * 565,000 rows (nodejs/node#17469).
   */
  async *guard<T>(source: AsyncGenerator<T>, abandon: () => void): AsyncGenerator<T> {
    try {
      for (;;) {
        if (this.tripped) throw this.tripped;
        const pending = source.next();
        const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
          this.wake = reject;
          pending.then(resolve, reject);
        }).finally(() => (this.wake = null));
        if (next.done) return;
        yield next.value;
      }
    } finally {
      clearInterval(this.timer);
      // A source stuck inside exceljs when the budget tripped cannot be returned (that would wait for
      // it): its file stream is destroyed instead and the rest is left to the garbage collector.
      if (this.tripped) abandon();
      else await source.return(undefined);
    }
  }
}
