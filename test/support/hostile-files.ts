import { Readable } from 'node:stream';
import yazl from 'yazl';

/**
 * Hostile spreadsheets, made at test time and small on disk: XLSX files are zips written with yazl
 * from streamed parts (a part of hundreds of megabytes compresses to kilobytes and is never held whole).
 */

type Part = { name: string; content: string | Iterable<string> };

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Strings joined into chunks of about 64 KiB, so a huge part streams quickly. */
function* chunked(pieces: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 65536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function zip(parts: Part[]): Promise<Buffer> {
  const file = new yazl.ZipFile();
  for (const part of parts) {
    if (typeof part.content === 'string') file.addBuffer(Buffer.from(part.content), part.name);
    else file.addReadStream(Readable.from(chunked(part.content)), part.name);
  }
  file.end();
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export const columnLetters = (n: number): string => {
  let name = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
};

function* sharedStrings(strings: Iterable<string>, count: number): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`;
  for (const text of strings) yield `<si><t>${escape(text)}</t></si>`;
  yield '</sst>';
}

function* sheet(rows: Iterable<string>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield* rows;
  yield '</sheetData></worksheet>';
}

/** A row of shared-string cells: `cells` maps a 1-based column to a shared string index. */
const stringRow = (row: number, cells: [number, number][]): string =>
  `<row r="${row}">${cells.map(([column, index]) => `<c r="${columnLetters(column)}${row}" t="s"><v>${index}</v></c>`).join('')}</row>`;

/** A real, readable XLSX of string cells (`rows[0]` is the header), with `extra` parts added. */
export function xlsx(rows: (string | null)[][], options: { extra?: Part[]; sharedStrings?: Part['content'] } = {}): Promise<Buffer> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const lines = rows.map((cells, r) =>
    stringRow(
      r + 1,
      cells.flatMap((text, c): [number, number][] => {
        if (text === null) return [];
        if (!index.has(text)) index.set(text, strings.push(text) - 1);
        return [[c + 1, index.get(text) as number]];
      }),
    ),
  );
  return zip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    { name: 'xl/sharedStrings.xml', content: options.sharedStrings ?? [...sharedStrings(strings, strings.length)].join('') },
    { name: 'xl/worksheets/sheet1.xml', content: [...sheet(lines)].join('') },
    ...(options.extra ?? []),
  ]);
}

/** A header in A1 and in the sheet's last column, XFD1, and nothing between. */
export const headerGap = (): Promise<Buffer> => zipWithSheet(['<row r="1"><c r="A1" t="inlineStr"><is><t>Company</t></is></c><c r="XFD1" t="inlineStr"><is><t>Date</t></is></c></row>']);

/** `count` shared strings (`<si><t>x</t></si>`, 17 bytes each): 6.5 million make 110 MB that compress to a few hundred KB. */
export function sharedStringsBomb(count: number, unique = false): Promise<Buffer> {
  function* distinct() {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`;
    for (let i = 0; i < count; i++) yield `<si><t>buyer ${i} of a long list</t></si>`;
    yield '</sst>';
  }
  function* bomb() {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`;
    const block = '<si><t>x</t></si>'.repeat(4096);
    for (let done = 0; done < count; done += 4096) yield count - done >= 4096 ? block : '<si><t>x</t></si>'.repeat(count - done);
    yield '</sst>';
  }
  return xlsx([['Company', 'Country', 'Date']], { sharedStrings: unique ? distinct() : bomb() });
}

/** A valid workbook plus `count` tiny extra entries. */
export const manyEntries = (count: number): Promise<Buffer> =>
  xlsx([['Company', 'Country', 'Date']], { extra: Array.from({ length: count }, (_, i) => ({ name: `xl/media/empty${i}.xml`, content: '<a/>' })) });

/** A sheet of `rows` rows of `columns` number cells each. */
export function manyCells(rows: number, columns: number): Promise<Buffer> {
  function* lines() {
    for (let r = 1; r <= rows; r++) {
      let line = `<row r="${r}">`;
      for (let c = 1; c <= columns; c++) line += `<c r="${columnLetters(c)}${r}"><v>${c}</v></c>`;
      yield `${line}</row>`;
    }
  }
  return zipWithSheet(lines());
}

function zipWithSheet(rows: Iterable<string>): Promise<Buffer> {
  return zip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    // Shared strings before the sheet, as Excel writes them: exceljs then streams the sheet.
    { name: 'xl/sharedStrings.xml', content: [...sharedStrings([], 0)].join('') },
    { name: 'xl/worksheets/sheet1.xml', content: sheet(rows) },
  ]);
}

/**
 * A zip whose central directory says the sheet is small while its deflated data is large: sizes
 * that lie. The declared uncompressed size of every entry larger than `declared` bytes becomes `declared`.
 */
export function lyingSizes(file: Buffer, declared: number): Buffer {
  const patched = Buffer.from(file);
  const CENTRAL = 0x02014b50;
  const LOCAL = 0x04034b50;
  for (let at = 0; at + 46 <= patched.length; at++) {
    const signature = patched.readUInt32LE(at);
    // Only the entries larger than `declared` lie (the small ones keep their true size).
    if (signature === CENTRAL && patched.readUInt32LE(at + 24) > declared) patched.writeUInt32LE(declared, at + 24);
    else if (signature === LOCAL && (patched.readUInt16LE(at + 6) & 0x08) === 0 && patched.readUInt32LE(at + 22) > declared) patched.writeUInt32LE(declared, at + 22);
  }
  return patched;
}

/** A CSV with a header and one line of `bytes` bytes (no newline in it). */
export const csvWithHugeLine = (bytes: number): Buffer => Buffer.concat([Buffer.from('Company,Country,Date\n'), Buffer.alloc(bytes, 'a'), Buffer.from('\n')]);
