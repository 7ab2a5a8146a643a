import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvStream } from './spreadsheets.js';
import { streamedFile } from './streamed-file.js';

const failingRows = function* () {
  yield { name: 'first' };
  throw new Error('the query failed after the first page');
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });

describe('streamed responses', () => {
  it('an error while rows are read reaches the stream the response reads, rather than nowhere', async () => {
    const file = streamedFile(csvStream({ name: 't', columns: [{ header: 'name', kind: 'text', value: (row: { name: string }) => row.name }], rows: failingRows() }));
    const chunks: Buffer[] = [];
    await expect(
      (async () => {
        for await (const chunk of file.getStream()) chunks.push(chunk as Buffer);
      })(),
    ).rejects.toThrow('the query failed after the first page');
  });

  it('every streamed answer in src goes through streamedFile', () => {
    const root = new URL('..', import.meta.url).pathname;
    const offenders = sourceFiles(root).filter((path) => !path.endsWith('streamed-file.ts') && /new StreamableFile\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
