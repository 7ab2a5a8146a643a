// Booth logging under load: POST /v1/consultations with a token and a realistic body (validation,
// authentication, tenancy and participation checks, frozen USD value, stale mark, enqueue after
// commit) against a bare Fastify route doing one INSERT of the same row.
import { fileURLToPath } from 'node:url';
import { agencyWithFair } from '../lib/fixtures.js';

export const description = 'POST /v1/consultations (token, checks, stale mark) vs bare Fastify doing one pg INSERT of the same row';

export const baselinePlugins = [fileURLToPath(new URL('../baseline-routes/pg-insert-consultation.js', import.meta.url))];

export async function targets(ctx) {
  const { agencyId, userId, token, fairId, companyId } = await agencyWithFair(ctx);
  const body = {
    fairId,
    companyId,
    buyerCountry: 'VN',
    occurredAt: '2017-05-16T03:15:00Z',
    type: 'booth',
    productInterest: 'Portable ultrasound scanner, 20 units for a hospital group',
    estimatedValue: { amount: '125000.00', currency: 'USD' },
    notes: 'Distributor in Ho Chi Minh City; asked for CE and MFDS certificates and a price list.',
  };
  const post = { method: 'POST', headers: { 'content-type': 'application/json' } };
  return {
    service: { ...post, url: `${ctx.service.url}/v1/consultations`, headers: { ...post.headers, authorization: `Bearer ${token}` }, body: JSON.stringify(body) },
    baseline: { ...post, url: `${ctx.baseline.url}/baseline/consultations`, body: JSON.stringify({ ...body, agencyId, loggedBy: userId }) },
  };
}
