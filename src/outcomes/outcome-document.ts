import fastJson from 'fast-json-stringify';
import { FAIR_OUTCOME_SCHEMA } from './dto/fair-outcome.schema.js';
import type { FairOutcomeDto } from './dto/outcome.dto.js';

/**
 * The outcome answer's JSON text, from the schema-compiled serializer Fastify would build from the
 * route's response schema (fast-json-stringify, default options): the same bytes whether the answer
 * comes from a stored document or from the stored rows.
 */
export const serializeOutcome: (outcome: FairOutcomeDto) => string = fastJson(FAIR_OUTCOME_SCHEMA);

/** A rendered answer split around its `stale` value, which the read fills in (`head` + `true|false` + `tail`). */
export interface OutcomeDocument {
  head: string;
  tail: string;
}

const STALE_KEY = '"stale":';

/**
 * Renders the answer with `stale: false` and cuts the value out. The key occurs once: the schema has
 * no other `stale` property, and no string value can hold an unescaped `"`.
 */
export function outcomeDocument(outcome: FairOutcomeDto): OutcomeDocument {
  const text = serializeOutcome({ ...outcome, stale: false });
  const at = text.indexOf(`${STALE_KEY}false`);
  if (at < 0 || text.indexOf(STALE_KEY, at + 1) >= 0) throw new Error('outcome document: expected exactly one "stale" property');
  const cut = at + STALE_KEY.length;
  return { head: text.slice(0, cut), tail: text.slice(cut + 'false'.length) };
}
