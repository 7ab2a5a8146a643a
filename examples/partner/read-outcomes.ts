/**
 * A partner agency's script: reads one fair's outcomes with an API key through a client typed by
 * `openapi-typescript` from Pavilion's /docs-json. Generate the types next to this file, then run:
 *
 *   npx openapi-typescript http://localhost:3000/docs-json -o pavilion-api.d.ts
 *   PAVILION_URL=http://localhost:3000 PAVILION_API_KEY=pvk_… FAIR_ID=… node read-outcomes.js
 */
import createClient from 'openapi-fetch';
import type { paths } from './pavilion-api.js';

const { PAVILION_URL, PAVILION_API_KEY, FAIR_ID } = process.env;
if (!PAVILION_URL || !PAVILION_API_KEY || !FAIR_ID) throw new Error('set PAVILION_URL, PAVILION_API_KEY and FAIR_ID');

const pavilion = createClient<paths>({ baseUrl: PAVILION_URL, headers: { 'X-API-Key': PAVILION_API_KEY } });

const { data, error, response } = await pavilion.GET('/v1/fairs/{fairId}/outcomes', { params: { path: { fairId: FAIR_ID } } });
if (error !== undefined || data === undefined) {
  console.error(response.status, error);
  process.exit(1);
}
const summary = {
  fair: data.fair.name,
  consultations: data.consultations.count,
  consultationsValueUsd: data.consultations.valueUsd,
  signedContracts: data.contracts.signed.count,
  signedValueUsd: data.contracts.signed.valueUsd,
  companies: data.companies,
};
console.log(JSON.stringify(summary));
