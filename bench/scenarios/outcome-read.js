// A manager's summary read: GET /v1/fairs/{id}/outcomes (token, tenancy, totals and three
// breakdowns in one query) against a bare Fastify route doing one primary-key SELECT of the stored
// outcome row. BENCH_FAIR_CONSULTATIONS (default 1000) sets the fair's size; reads never aggregate
// consultation rows, so 1,000 and 1,000,000 should read alike.
import { fileURLToPath } from 'node:url';
import { insertConsultations } from '../lib/bulk.js';
import { agencyWithFair } from '../lib/fixtures.js';

const size = Number(process.env.BENCH_FAIR_CONSULTATIONS ?? 1000);

export const description = `GET /v1/fairs/{id}/outcomes of a fair of ${size.toLocaleString('en')} consultations vs bare Fastify doing one pg primary-key SELECT`;

export const baselinePlugins = [fileURLToPath(new URL('../baseline-routes/pg-select-outcome.js', import.meta.url))];

export async function targets(ctx) {
  const fixture = await agencyWithFair(ctx);
  await insertConsultations(ctx.databaseUrl, { ...fixture, count: size });
  // No worker runs in a benchmark: reconcile computes and stores the outcome the same way.
  await ctx.runCli('outcomes:reconcile');
  const check = await fixture.call(`${ctx.service.url}/v1/fairs/${fixture.fairId}/outcomes`, { token: fixture.token });
  if (check.consultations.count !== size) throw new Error(`outcome counts ${check.consultations.count}, expected ${size}`);
  return {
    service: { method: 'GET', url: `${ctx.service.url}/v1/fairs/${fixture.fairId}/outcomes`, headers: { authorization: `Bearer ${fixture.token}` } },
    baseline: { method: 'GET', url: `${ctx.baseline.url}/baseline/fair-outcomes/${fixture.fairId}` },
  };
}
