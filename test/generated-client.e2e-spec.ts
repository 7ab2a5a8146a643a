import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { issueKey } from './support/api-keys.js';
import { client } from './support/http.js';
import { insertConsultations, insertExhibitor, insertFair, insertMarks } from './support/records.js';
import { seedAgency, startTestApp, type TestApp } from './support/test-app.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

const run = promisify(execFile);
const ROOT = new URL('../', import.meta.url).pathname;
/** Inside the repository, so the script resolves openapi-fetch from its node_modules. */
const DIR = `${ROOT}test/.generated/client-${process.pid}/`;
const bin = (name: string) => `${ROOT}node_modules/.bin/${name}`;

describe('a generated client', () => {
  let test: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    test = await startTestApp();
    worker = await startWorker();
    await mkdir(DIR, { recursive: true });
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
    await rm(DIR, { recursive: true, force: true });
  });

  it('openapi-typescript types from /docs-json compile, and a partner script reads a fair’s outcomes with an API key', async () => {
    const a = await seedAgency(test, 'Wonju');
    const fair = await insertFair(test, a.id, { name: 'CMEF 2017' });
    const companyId = await insertExhibitor(test, a.id, fair.id);
    await insertConsultations(test, { agencyId: a.id, fair, companies: [companyId], userId: a.staff.id, count: 40 });
    await insertMarks(test, a.id, fair.id);
    await waitUntilQuiet(test);

    await writeFile(`${DIR}docs.json`, (await test.app.inject({ method: 'GET', url: '/docs-json' })).body);
    await run(bin('openapi-typescript'), [`${DIR}docs.json`, '-o', `${DIR}pavilion-api.d.ts`]);
    await copyFile(`${ROOT}examples/partner/read-outcomes.ts`, `${DIR}read-outcomes.ts`);
    await writeFile(
      `${DIR}tsconfig.json`,
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2023', lib: ['ES2023', 'DOM'], strict: true, skipLibCheck: false, types: ['node'], outDir: '.' },
        files: ['read-outcomes.ts', 'pavilion-api.d.ts'],
      }),
    );
    // Type errors (a field the script reads that the API no longer documents) fail here.
    await run(bin('tsc'), ['-p', `${DIR}tsconfig.json`]);

    const key = await issueKey(test, a.admin.token, ['outcomes:read'], { fairIds: [fair.id] });
    await test.app.listen(0, '127.0.0.1');
    const { stdout } = await run(process.execPath, [`${DIR}read-outcomes.js`], {
      env: { PATH: process.env.PATH ?? '', PAVILION_URL: await test.app.getUrl(), PAVILION_API_KEY: key.secret, FAIR_ID: fair.id },
    });

    const direct = (await client(test, a.manager.token).get(`/v1/fairs/${fair.id}/outcomes`)).json<{
      consultations: { count: number; valueUsd: string };
      contracts: { signed: { count: number; valueUsd: string } };
      companies: number;
    }>();
    expect(direct.consultations.count).toBeGreaterThan(30);
    expect(JSON.parse(stdout)).toEqual({
      fair: 'CMEF 2017',
      consultations: direct.consultations.count,
      consultationsValueUsd: direct.consultations.valueUsd,
      signedContracts: direct.contracts.signed.count,
      signedValueUsd: direct.contracts.signed.valueUsd,
      companies: 1,
    });
  }, 120_000);
});
