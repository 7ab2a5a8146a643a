import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Agent, request } from 'undici';
import { webhooksConfig } from '../config/configuration.js';
import { AddressGuard } from './address-guard.js';
import { signature } from './webhook-secrets.js';

/** The delivery log keeps this much of a response body. */
const KEPT_BODY_BYTES = 1024;
/** Read (and dropped) past the kept part, so the connection can be reused; a longer body closes it. */
const DRAINED_BODY_BYTES = 64 * 1024;

export interface SendResult {
  attemptedAt: Date;
  statusCode: number | null;
  responseTimeMs: number;
  responseBody: string | null;
  /** Why no answer came (refused address, timeout, connection error); null when one did. */
  error: string | null;
  retryAfter: string | undefined;
}

/**
 * One HTTP attempt: POST the stored body, signed afresh (a new `webhook-timestamp` per attempt), to
 * an address checked by the SSRF rule, within the timeout, without following redirects (undici's
 * `request` follows none: a 3xx is a failed attempt like any non-2xx).
 */
@Injectable()
export class WebhookSender implements OnApplicationShutdown {
  private readonly agent: Agent;

  constructor(
    private readonly guard: AddressGuard,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
  ) {
    // Every new connection resolves through the guard: only checked addresses are dialled.
    this.agent = new Agent({ connect: { lookup: guard.lookup, timeout: config.timeoutMs }, keepAliveTimeout: 30_000 });
  }

  async send(url: string, eventId: string, body: string, secrets: string[]): Promise<SendResult> {
    const attemptedAt = new Date();
    const timestamp = Math.floor(attemptedAt.getTime() / 1000);
    const elapsed = () => Date.now() - attemptedAt.getTime();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Pavilion-Webhooks/1.0',
      'webhook-id': eventId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': secrets.map((secret) => signature(secret, eventId, timestamp, body)).join(' '),
    };
    try {
      // IP literals never reach `lookup`; names are checked there again, on the connection itself.
      await this.guard.check(new URL(url));
      const response = await request(url, { method: 'POST', headers, body, dispatcher: this.agent, signal: AbortSignal.timeout(this.config.timeoutMs) });
      const kept = await firstBytes(response.body);
      const retryAfter = response.headers['retry-after'];
      return {
        attemptedAt,
        statusCode: response.statusCode,
        responseTimeMs: elapsed(),
        responseBody: storable(kept),
        error: null,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
      };
    } catch (error) {
      return { attemptedAt, statusCode: null, responseTimeMs: elapsed(), responseBody: null, error: storable(describe(error, this.config.timeoutMs)), retryAfter: undefined };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close();
  }
}

async function firstBytes(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of body) {
    if (read < KEPT_BODY_BYTES) chunks.push(chunk);
    read += chunk.length;
    if (read > DRAINED_BODY_BYTES) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, KEPT_BODY_BYTES).toString('utf8');
}

/** PostgreSQL text holds no NUL character; a receiver may send any bytes. */
const storable = (text: string): string => text.replaceAll('\u0000', '\uFFFD');

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = (error as NodeJS.ErrnoException).code;
    return cause instanceof Error && cause.message !== error.message ? `${error.message}: ${cause.message}` : code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
