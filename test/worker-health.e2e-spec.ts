import { spawnSync } from 'node:child_process';
import { startTestStore, type TestStore } from './support/test-app.js';
import { spawnWorker } from './support/worker.js';

const CLI_JS = new URL('../dist/src/cli.js', import.meta.url).pathname;

/** `pavilion worker:health`, the worker container's healthcheck: its exit code. */
function health(store: TestStore): number | null {
  return spawnSync(process.execPath, [CLI_JS, 'worker:health'], { env: { PATH: process.env.PATH ?? '', ...store.env, NODE_OPTIONS: '' } }).status;
}

describe('worker healthcheck (worker:health)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store?.close());

  it('is unhealthy with no worker, healthy while one runs (its Redis heartbeat), unhealthy once it stops', async () => {
    expect(health(store)).toBe(1);
    const worker = spawnWorker(store, { LOG_LEVEL: 'info' });
    try {
      let status = health(store);
      for (let tries = 0; status !== 0 && tries < 100 && worker.child.exitCode === null; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = health(store);
      }
      expect({ status, output: status === 0 ? '' : worker.output() }).toEqual({ status: 0, output: '' });
    } finally {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
    expect(health(store)).toBe(1);
    // A worker's start and each CLI probe are whole Node processes: on a loaded 2-core machine they
    // take seconds, so the loop above, not jest's 30 s default, bounds the wait.
  }, 120_000);
});
