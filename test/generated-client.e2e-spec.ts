import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { issueKey } from './support/api-keys.js';
import { client } from './support/http.js';
import { insertConsultations, insertExhibitor, insertFair, insertMarks, type FairRow } from './support/records.js';
import { seedAgency, startTestApp, TEST_PASSWORD, type SeededAgency, type TestApp } from './support/test-app.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

const run = promisify(execFile);
const ROOT = new URL('../', import.meta.url).pathname;
/** Inside the repository, so the scripts resolve openapi-fetch from its node_modules. */
const DIR = `${ROOT}test/.generated/client-${process.pid}/`;
const bin = (name: string) => `${ROOT}node_modules/.bin/${name}`;
/** The partner scripts of examples/partner/, compiled against the generated types. */
const SCRIPTS = ['read-outcomes', 'read-consultations'];
const CONSULTATIONS = 40;

describe('a client generated from /docs-json with openapi-typescript', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let fair: FairRow;
  let url: string;

  const script = async (name: string, env: Record<string, string>): Promise<unknown> => {
    const { stdout } = await run(process.execPath, [`${DIR}${name}.js`], { env: { PATH: process.env.PATH ?? '', PAVILION_URL: url, ...env } });
    return JSON.parse(stdout);
  };

  beforeAll(async () => {
    test = await startTestApp();
    worker = await startWorker();
    await mkdir(DIR, { recursive: true });
    a = await seedAgency(test, 'Wonju');
    fair = await insertFair(test, a.id, { name: 'CMEF 2017' });
    await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes', country: 'KR', timezone: 'Asia/Seoul' });
    const companyId = await insertExhibitor(test, a.id, fair.id);
    await insertConsultations(test, { agencyId: a.id, fair, companies: [companyId], userId: a.staff.id, count: CONSULTATIONS });
    await insertMarks(test, a.id, fair.id);
    await waitUntilQuiet(test);

    await writeFile(`${DIR}docs.json`, (await test.app.inject({ method: 'GET', url: '/docs-json' })).body);
    await run(bin('openapi-typescript'), [`${DIR}docs.json`, '-o', `${DIR}pavilion-api.d.ts`]);
    for (const name of SCRIPTS) await copyFile(`${ROOT}examples/partner/${name}.ts`, `${DIR}${name}.ts`);
    await writeFile(
      `${DIR}tsconfig.json`,
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2023', lib: ['ES2023', 'DOM'], strict: true, skipLibCheck: false, types: ['node'], outDir: '.' },
        files: [...SCRIPTS.map((name) => `${name}.ts`), 'pavilion-api.d.ts'],
      }),
    );
    // Type errors (a field a script reads that the API no longer documents, an error typed as
    // nothing) fail here: the scripts are written in the usual `if (error) throw error; data.x` way.
    await run(bin('tsc'), ['-p', `${DIR}tsconfig.json`]).catch((error: Error & { stdout?: string }) => {
      throw new Error(`the partner scripts do not compile:\n${error.stdout ?? error.message}`);
    });

    await test.app.listen(0, '127.0.0.1');
    url = await test.app.getUrl();
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await test.close();
    await rm(DIR, { recursive: true, force: true });
  });

  it("compiles, and a partner script reads a fair's outcomes with an API key", async () => {
    const key = await issueKey(test, a.admin.token, ['outcomes:read'], { fairIds: [fair.id] });
    const direct = (await client(test, a.manager.token).get(`/v1/fairs/${fair.id}/outcomes`)).json<{
      consultations: { count: number; valueUsd: string };
      contracts: { signed: { count: number; valueUsd: string } };
    }>();
    expect(direct.consultations.count).toBeGreaterThan(30);
    expect(await script('read-outcomes', { PAVILION_API_KEY: key.secret, FAIR_ID: fair.id })).toEqual({
      fair: 'CMEF 2017',
      consultations: direct.consultations.count,
      consultationsValueUsd: direct.consultations.valueUsd,
      signedContracts: direct.contracts.signed.count,
      signedValueUsd: direct.contracts.signed.valueUsd,
      companies: 1,
    });
  });

  it('compiles, and a partner script signs in, lists fairs, reads an outcome, pages consultations by cursor and reads a 404 and a 422 problem', async () => {
    const outcome = (await client(test, a.manager.token).get(`/v1/fairs/${fair.id}/outcomes`)).json<{ consultations: { count: number; valueUsd: string } }>();
    expect(await script('read-consultations', { PAVILION_EMAIL: a.manager.email, PAVILION_PASSWORD: TEST_PASSWORD, FAIR_NAME: 'CMEF 2017' })).toEqual({
      fairs: 2,
      fair: 'CMEF 2017',
      outcome: { consultations: CONSULTATIONS, valueUsd: outcome.consultations.valueUsd, stale: false },
      // 15 to a page: 15 + 15 + 10; the consultations' USD values add up to the outcome's, to the cent.
      paged: { pages: 3, consultations: CONSULTATIONS, valueUsd: outcome.consultations.valueUsd },
      notFound: { status: 404, type: 'https://pavilion.dev/problems/not-found', title: 'Not Found' },
      refused: { status: 422, type: 'https://pavilion.dev/problems/unknown-reference', fields: ['fairId'] },
    });
  });
});
