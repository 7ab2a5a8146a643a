import { columnName, TagCounter } from './spreadsheet-limits.js';

describe('spreadsheet limits', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 26, 27, 52, 256, 702, 703, 16_384].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'IV', 'ZZ', 'AAA', 'XFD']);
  });

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
});
