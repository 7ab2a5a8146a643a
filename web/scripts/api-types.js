// Regenerates web/src/lib/api/schema.d.ts from Pavilion's own OpenAPI document (what /docs-json
// serves), written by the CLI without listening on a port. `--check` fails when the committed file
// differs, so the web app's types cannot drift from the API. Needs `npm run build` first (dist/src);
// `npm run web:api-types` builds, the check (CI, after its build step) does not.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import pg from 'pg';

const root = new URL('../../', import.meta.url).pathname;
const target = join(root, 'web/src/lib/api/schema.d.ts');
const check = process.argv.includes('--check');
const cli = join(root, 'dist/src/cli.js');

if (!existsSync(cli)) {
  process.stderr.write('dist/src/cli.js is missing: run `npm run build` first\n');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'pavilion-openapi-'));
const documentFile = join(dir, 'openapi.json');
// The app starts on a database of its own, made here and dropped after: never the developer's
// `pavilion` database, whose migrations may be another branch's.
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pavilion');
const scratch = new URL(server);
scratch.pathname = `/pavilion_openapi_${process.pid}_${Date.now()}`;
const admin = new URL(server);
admin.pathname = '/postgres';
try {
  const env = { ...process.env, DATABASE_URL: scratch.toString(), LOG_LEVEL: 'error', NODE_OPTIONS: '' };
  execFileSync(process.execPath, [cli, 'migration:run'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, [cli, 'openapi:write', '--out', documentFile], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const ast = await openapiTS(JSON.parse(readFileSync(documentFile, 'utf8')));
  const generated =
    '// Generated from the API\'s OpenAPI document by `npm run web:api-types`; do not edit by hand.\n' + astToString(ast);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed !== generated) {
      process.stderr.write('web/src/lib/api/schema.d.ts differs from the API\'s OpenAPI document: run `npm run web:api-types` and commit it\n');
      process.exit(1);
    }
    process.stderr.write('web API types match the OpenAPI document\n');
  } else {
    writeFileSync(target, generated);
    process.stderr.write(`wrote ${target}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${scratch.pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}
