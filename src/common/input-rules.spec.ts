import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { isIsoDateTime } from './dates.js';
import { jsonDepthExceeds } from './json-body.js';
import { PageQueryDto, parseCursor } from './pagination.js';

describe('input rules', () => {
  it('counts JSON nesting outside strings only, and stops at the limit', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[', b: '\\"{{{{' }), 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":'.repeat(100_000), 32)).toBe(true);
  });

  it.each(['2017-05-16T03:00:00Z', '2017-05-16T12:00:00+09:00', '2017-05-16T03:00Z', '2017-05-16T03:00:00.123456789Z', '2017-05-16T03:00:00-03:30'])('takes %s', (value) => {
    expect(isIsoDateTime(value)).toBe(true);
  });

  it.each(['20170516', '2017-W20-2', '2017-136', '20170516T030000Z', '2017-05-16T03:00:00', '2017-05-16T24:00:00Z', '2017-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '2017-05-16t03:00:00z', '2017-05-16T03:00:00+0900'])('refuses %s', (value) => {
    expect(isIsoDateTime(value)).toBe(false);
  });

  it.each([['16', 16, true], ['0x10', '0x10', false], ['1e1', '1e1', false], ['', '', false], ['16.0', '16.0', false], [' 16', ' 16', false]] as const)(
    'limit=%j becomes %j (valid: %s)',
    async (sent, becomes, valid) => {
      const page = plainToInstance(PageQueryDto, { limit: sent });
      expect(page.limit).toBe(becomes);
      expect((await validate(page)).length === 0).toBe(valid);
    },
  );

  it('reads only cursors of the form this API issues', () => {
    const id = '3f1c2a9e-8d4b-4e5f-9a6b-7c8d9e0f1a2b';
    const cursor = (createdAt: string) => Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
    expect(parseCursor(cursor('2017-05-16T03:00:00.000Z'))).toEqual({ createdAt: '2017-05-16T03:00:00.000Z', id });
    for (const bad of [cursor('1 2'), cursor('2017-W20-2'), cursor('2017-05-16'), 'W10', '', Buffer.from('[1,2]').toString('base64url')]) {
      expect(parseCursor(bad)).toBeNull();
    }
  });
});
