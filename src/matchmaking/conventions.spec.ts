import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = import.meta.dirname;
/** What running SQL or reaching TypeORM looks like in a file. */
const QUERYING = /\.(query|createQueryBuilder|getRepository)\s*[<(]|from 'typeorm'/;

/**
 * Matchmaking follows the house convention (STYLE.md 3, issue 14): services hold the rules,
 * repositories hold the queries. No file of the folder but a `*.repository.ts` runs SQL or touches TypeORM.
 */
describe('matchmaking conventions', () => {
  it('runs queries in repositories only', () => {
    const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.repository.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    const querying = files.filter((file) => QUERYING.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(querying).toEqual([]);
  });
});
