import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationProblem } from './problem.js';

/** Deeper than any body the API takes (three levels at most) by far; deep enough to say "too deep" only to abuse. */
export const MAX_JSON_DEPTH = 32;

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * How deep arrays and objects nest, read without parsing (brackets inside strings do not count), and
 * stopping as soon as the limit is passed: a 5,000-deep body never reaches a recursive walker (the
 * validators, class-transformer), which would overflow the stack.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return false;
}

const refuse = (message: string) => new ValidationProblem([{ field: '(body)', message }]);

/**
 * The one JSON body parser: UTF-8 only (a `charset` other than utf-8 and bytes that are not UTF-8 are
 * a 400, never text with replacement characters), at most MAX_JSON_DEPTH levels deep, then Fastify's
 * own secure parse, which refuses `__proto__` and `constructor.prototype` keys.
 */
export function jsonBodyParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void): void => {
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(refuse(`charset ${charset || '(empty)'} is not accepted: send JSON as UTF-8`));
      return;
    }
    let text: string;
    try {
      text = UTF8.decode(body);
    } catch {
      done(refuse('the body is not valid UTF-8'));
      return;
    }
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(refuse(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`));
      return;
    }
    void parse(request, text, done);
  };
}
