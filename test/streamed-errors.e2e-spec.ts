import { Controller, Get, Module } from '@nestjs/common';
import { AppModule } from '../src/app.module.js';
import { Public } from '../src/tenancy/public.decorator.js';
import { csvStream } from '../src/common/spreadsheets.js';
import { streamedFile } from '../src/common/streamed-file.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Rows that fail after `good` of them, as a query failing on a later page would. */
function* failingAfter(good: number) {
  for (let index = 0; index < good; index += 1) yield { name: `row ${index} ${'x'.repeat(100)}` };
  throw new Error('the next page could not be read');
}
const table = (good: number) => ({ name: 'probe', columns: [{ header: 'name', kind: 'text' as const, value: (row: { name: string }) => row.name }], rows: failingAfter(good) });

@Controller('probe')
class StreamProbeController {
  @Public()
  @Get('fails-at-once.csv')
  atOnce() {
    return streamedFile(csvStream(table(0)));
  }

  @Public()
  @Get('fails-midway.csv')
  midway() {
    return streamedFile(csvStream(table(5000)));
  }
}

@Module({ imports: [AppModule], controllers: [StreamProbeController] })
class StreamProbeModule {}

/** A stream that fails is that response's end, never the process's. */
describe('errors inside streamed answers', () => {
  let test: TestApp;
  let url: string;

  beforeAll(async () => {
    test = await startTestApp({}, StreamProbeModule);
    await test.app.listen(0, '127.0.0.1');
    url = await test.app.getUrl();
  });
  afterAll(() => test.close());

  it('before the first byte: a 500 problem, and the app keeps serving', async () => {
    const response = await fetch(`${url}/v1/probe/fails-at-once.csv`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 500, detail: 'An unexpected error occurred' });
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
  });

  it('after the first byte: the download is cut short (never a complete-looking file), and the app keeps serving', async () => {
    const response = await fetch(`${url}/v1/probe/fails-midway.csv`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
  });
});
