import { type Duplex, pipeline, type Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';

/**
 * The one way a route answers with a streamed body (exports, reports, error files). The stages are
 * joined with `pipeline`, so an error in any of them (a query failing in the row generator, a bad
 * value) destroys the last one, which Fastify reads: before the first byte Fastify hands the error to
 * the error handler (a problem+json answer, a 5xx logged); after it, Fastify logs the error and ends
 * the connection, so a truncated file never looks complete. No stage is left with an `error` event
 * that nothing listens to, which would end the process.
 *
 * Validate everything a stream depends on before calling this: a client's mistake found mid-stream
 * can no longer be answered with a 400.
 */
export function streamedFile(source: Readable, ...stages: Duplex[]): StreamableFile {
  const last = stages.length === 0 ? source : (pipeline as (...streams: unknown[]) => Duplex)(source, ...stages, noop);
  return new StreamableFile(last);
}

/** The errors are Fastify's to answer or log (see above); pipeline needs a callback to destroy every stage. */
const noop = (): void => undefined;
