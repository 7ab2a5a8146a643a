import { describe, expect, it } from '@jest/globals';
import { copyTextRow } from './copy-text.js';

describe('copyTextRow', () => {
  it('writes NULL as \\N, booleans as t/f and numbers as they print', () => {
    expect(copyTextRow([null, true, false, 42, '12.50'])).toBe('\\N\tt\tf\t42\t12.50\n');
  });

  it('escapes backslash, tab, newline and carriage return, so a cell cannot end its column or row', () => {
    expect(copyTextRow(['a\\b', 'c\td', 'e\nf\r', '\\N'])).toBe('a\\\\b\tc\\td\te\\nf\\r\t\\\\N\n');
  });

  it('keeps an empty string apart from NULL and leaves other text, Korean included, as it is', () => {
    expect(copyTextRow(['', '서울 "상담" ,;'])).toBe('\t서울 "상담" ,;\n');
  });
});
