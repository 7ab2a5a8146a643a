// A partner's webhook endpoint for the benchmarks: a plain node:http server on 127.0.0.1 that answers
// 200 at once and notes when each event arrived, by the record it is about (first arrival only).
import { createServer } from 'node:http';
import { defer } from './cleanup.js';

export async function startWebhookReceiver() {
  const arrivals = new Map();
  let received = 0;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received += 1;
      const at = performance.now();
      const { type, data } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const key = `${type} ${data.recordId}`;
      if (!arrivals.has(key)) arrivals.set(key, at);
      response.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  defer('stop webhook receiver', () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  return {
    url: `http://127.0.0.1:${server.address().port}/pavilion-events`,
    /** performance.now() of the first arrival of `type` about `recordId`, if any yet. */
    arrival: (type, recordId) => arrivals.get(`${type} ${recordId}`),
    get received() {
      return received;
    },
  };
}

/** One endpoint of the agency, subscribed to its consultations, at the receiver. */
export const registerEndpoint = (ctx, { call, token }, receiver) =>
  call(`${ctx.service.url}/v1/webhooks`, {
    method: 'POST',
    token,
    body: { url: receiver.url, eventTypes: ['consultation.*'], scopes: ['consultations:read'], description: 'bench receiver' },
  });
