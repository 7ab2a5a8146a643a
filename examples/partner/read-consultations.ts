/**
 * A partner agency's script, signed in as a user of the agency: lists the fairs, reads one fair's
 * outcomes, pages through its consultations with the cursor, and handles a 404 and a 422 problem,
 * through a client typed by `openapi-typescript` from Pavilion's /docs-json. Generate the types next
 * to this file, then run:
 *
 *   npx openapi-typescript http://localhost:3000/docs-json -o pavilion-api.d.ts
 *   PAVILION_URL=http://localhost:3000 PAVILION_EMAIL=… PAVILION_PASSWORD=… FAIR_NAME='CMEF 2017' node read-consultations.js
 */
import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from './pavilion-api.js';

type Problem = components['schemas']['Problem'];

const { PAVILION_URL, PAVILION_EMAIL, PAVILION_PASSWORD, FAIR_NAME } = process.env;
if (!PAVILION_URL || !PAVILION_EMAIL || !PAVILION_PASSWORD || !FAIR_NAME) {
  throw new Error('set PAVILION_URL, PAVILION_EMAIL, PAVILION_PASSWORD and FAIR_NAME');
}

/** A decimal string of USD ("1234.50") in cents, so sums stay exact. */
const cents = (usd: string): bigint => BigInt(usd.replace('.', ''));
const dollars = (total: bigint): string => `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;

/** Signs in; the access token then goes with every request. */
async function signIn(email: string, password: string) {
  const { data, error } = await createClient<paths>({ baseUrl: PAVILION_URL }).POST('/v1/auth/login', { body: { email, password } });
  if (error) throw error;
  return createClient<paths>({ baseUrl: PAVILION_URL, headers: { Authorization: `Bearer ${data.accessToken}` } });
}

const pavilion = await signIn(PAVILION_EMAIL, PAVILION_PASSWORD);

async function listFairs() {
  const { data, error } = await pavilion.GET('/v1/fairs', { params: { query: { limit: 100 } } });
  if (error) throw error;
  return data.data;
}

async function readOutcome(fairId: string) {
  const { data, error } = await pavilion.GET('/v1/fairs/{fairId}/outcomes', { params: { path: { fairId } } });
  if (error) throw error;
  return { consultations: data.consultations.count, valueUsd: data.consultations.valueUsd, stale: data.stale };
}

/** Every consultation of the fair, 15 to a page: follows nextCursor until it is null. */
async function totalConsultations(fairId: string) {
  let pages = 0;
  let consultations = 0;
  let valueUsd = 0n;
  let cursor: string | undefined;
  do {
    const { data, error } = await pavilion.GET('/v1/consultations', { params: { query: { fairId, limit: 15, cursor } } });
    if (error) throw error;
    pages += 1;
    consultations += data.data.length;
    for (const consultation of data.data) valueUsd += cents(consultation.estimatedValueUsd ?? '0.00');
    cursor = data.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { pages, consultations, valueUsd: dollars(valueUsd) };
}

/** A fair that does not exist (or is another agency's): a 404 problem. */
async function missingFair(): Promise<Problem> {
  const { data, error } = await pavilion.GET('/v1/fairs/{id}', { params: { path: { id: randomUUID() } } });
  if (data) throw new Error(`unexpectedly found ${data.name}`);
  return error;
}

/** A consultation at a fair the agency does not have: a 422 whose `errors` name the field. */
async function refusedConsultation() {
  const { data, error, response } = await pavilion.POST('/v1/consultations', {
    body: { fairId: randomUUID(), companyId: randomUUID(), buyerCountry: 'DE' },
  });
  if (data) throw new Error(`unexpectedly logged consultation ${data.id}`);
  return { status: response.status, type: error.type, fields: (error.errors ?? []).map(({ field }) => field) };
}

const fairs = await listFairs();
const fair = fairs.find((candidate) => candidate.name === FAIR_NAME);
if (!fair) throw new Error(`no fair named ${FAIR_NAME}`);
const notFound = await missingFair();

console.log(
  JSON.stringify({
    fairs: fairs.length,
    fair: fair.name,
    outcome: await readOutcome(fair.id),
    paged: await totalConsultations(fair.id),
    notFound: { status: notFound.status, type: notFound.type, title: notFound.title },
    refused: await refusedConsultation(),
  }),
);
