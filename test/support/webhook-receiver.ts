import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { sleep } from './worker.js';

/** One request the receiver got, and what the Standard Webhooks library made of it. */
export interface Received {
  path: string;
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  id: string;
  /** The secrets of this path (by their index in `expect`) whose verification passed. */
  verifiedWith: number[];
  /** The payload as `Webhook.verify` returned it, when some secret verified. */
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  /** What the receiver answered; null when it never answered (the sender gave up). */
  status: number | null;
}

/** A scripted answer, or none at all: the request is left open until the sender's timeout ends it. */
type Answer = { status: number; headers?: Record<string, string>; body?: string } | { hang: true };

/**
 * A partner's endpoint: a real HTTP server on 127.0.0.1 that checks every request with the
 * `standardwebhooks` package (the specification's own library), never with Pavilion's code. Each
 * path is one endpoint with the secrets it knows; answers are 200 unless scripted per path.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly secrets = new Map<string, string[]>();
  private readonly scripts = new Map<string, Answer[]>();
  private server?: Server;
  /** How long every answer takes: keeps deliveries in flight (a worker killed mid-request). */
  answerDelayMs = 0;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const verifiedWith: number[] = [];
        let payload: Received['payload'] = null;
        for (const [index, secret] of (this.secrets.get(path) ?? []).entries()) {
          try {
            payload = new Webhook(secret).verify(body, request.headers as Record<string, string>) as Received['payload'];
            verifiedWith.push(index);
          } catch {
            // not signed with this one
          }
        }
        const answer = this.scripts.get(path)?.shift() ?? { status: 200 };
        const status = 'hang' in answer ? null : answer.status;
        this.received.push({ path, at: Date.now(), headers: request.headers, body, id: String(request.headers['webhook-id']), verifiedWith, payload, status });
        if ('hang' in answer) return;
        setTimeout(() => response.writeHead(answer.status, answer.headers).end(answer.body ?? ''), this.answerDelayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The secrets `path` verifies with (a rotation adds the new one beside the old). */
  expect(path: string, secrets: string[]): void {
    this.secrets.set(path, secrets);
  }

  /** The next answers of `path`, in order; after them it answers 200. */
  script(path: string, ...answers: Answer[]): void {
    this.scripts.set(path, answers);
  }

  at(path: string): Received[] {
    return this.received.filter((request) => request.path === path);
  }

  /** Waits until `path` has had `count` requests answered with a 2xx. */
  async waitForDelivered(path: string, count: number, timeoutMs = 20_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const delivered = this.at(path).filter((request) => request.status !== null && request.status < 300);
      if (delivered.length >= count) return delivered;
      if (Date.now() > deadline) throw new Error(`${path}: ${delivered.length} of ${count} deliveries after ${timeoutMs} ms (${this.at(path).length} requests)`);
      await sleep(25);
    }
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
