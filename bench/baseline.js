// The baseline: the least a Node HTTP server on this machine can do for the
// same request. Plain Fastify (the adapter under the Nest service) with no
// Nest, no logger, no middleware, so `service / baseline` shows what the
// framework stack costs on top of the socket and JSON work both must do.
//
//   node bench/baseline.js [--plugin <file>]...   (PORT, HOST, DATABASE_URL, DATABASE_POOL_SIZE from env)
//
// Built in: GET /health/live -> {"status":"ok"}, byte for byte what the service answers.
// A scenario adds routes with --plugin: a module whose default export is a Fastify plugin
// `async (app, { databaseUrl, poolMax }) => {}` that opens its own pg pool (see
// baseline-routes/pg-select.js), so each scenario's baseline does exactly its one query.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';

const { values } = parseArgs({ options: { plugin: { type: 'string', multiple: true, default: [] } } });

const app = Fastify({ logger: false });

app.get('/health/live', async () => ({ status: 'ok' }));

const pluginOptions = {
  databaseUrl: process.env.DATABASE_URL,
  // The harness sets the service's DATABASE_POOL_SIZE to the same value.
  poolMax: Number(process.env.DATABASE_POOL_SIZE ?? 10),
};
for (const file of values.plugin) {
  const plugin = await import(pathToFileURL(resolve(file)).href);
  await app.register(plugin.default, pluginOptions);
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => app.close().then(() => process.exit(0)));
}

await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });
