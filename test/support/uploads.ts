import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from './test-app.js';
import { bearer } from './test-app.js';
import { sleep } from './worker.js';

export const SAMPLES = new URL('../../samples/', import.meta.url).pathname;

export const sample = (name: string): Buffer => readFileSync(join(SAMPLES, name));

/** A fresh directory for a test file's uploads (IMPORTS_DIR), shared by its API and worker. */
export const importsDir = (): string => mkdtempSync(join(tmpdir(), 'pavilion-imports-'));

/** A multipart/form-data body with one file part and some fields, as a browser or curl sends it. */
export function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer | string }) {
  const boundary = `----pavilion${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface ImportView {
  id: string;
  state: string;
  encoding: string | null;
  failure: string | null;
  progress: number;
  rows: { total: number | null; processed: number; created: number; duplicates: number; rejected: number };
}

export function upload(test: Pick<TestApp, 'app'>, token: string, fields: Record<string, string>, file?: { name: string; content: Buffer | string }, url = '/v1/imports') {
  const body = multipart(fields, file);
  return test.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...body.headers }, payload: body.payload });
}

/** Polls the import until it has completed or failed. */
export async function finished(test: Pick<TestApp, 'app'>, token: string, id: string, timeoutMs = 60_000): Promise<ImportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await test.app.inject({ method: 'GET', url: `/v1/imports/${id}`, headers: bearer(token) });
    const view = response.json<ImportView>();
    if (view.state === 'completed' || view.state === 'failed') return view;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${view.state} after ${timeoutMs} ms: ${response.body}`);
    await sleep(50);
  }
}

/** Uploads and waits for the import to finish. */
export async function importFile(test: Pick<TestApp, 'app'>, token: string, fields: Record<string, string>, file: { name: string; content: Buffer | string }): Promise<ImportView> {
  const response = await upload(test, token, fields, file);
  if (response.statusCode !== 201) throw new Error(`upload ${file.name}: ${response.statusCode} ${response.body}`);
  return finished(test, token, response.json<{ id: string }>().id);
}
