// Arranging a scratch database through the service's own API, as a client would: an agency and its
// admin (CLI), sign-in, a fair, an exhibiting company. Returns what the scenarios need.
import { randomBytes } from 'node:crypto';

async function call(url, { method = 'GET', token, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

export async function agencyWithFair(ctx, { fair = {} } = {}) {
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const email = `admin@${randomBytes(4).toString('hex')}.bench`;
  const out = await ctx.runCli('create-agency', '--name', `Bench ${randomBytes(3).toString('hex')}`, '--admin-email', email, '--admin-password', password);
  const { agencyId, adminUserId } = JSON.parse(out.trim().split('\n').find((line) => line.startsWith('{')));
  const { accessToken: token } = await call(`${ctx.service.url}/v1/auth/login`, { method: 'POST', body: { email, password } });
  const created = await call(`${ctx.service.url}/v1/fairs`, {
    method: 'POST',
    token,
    body: {
      series: 'cmef',
      name: 'CMEF 2017',
      year: 2017,
      city: 'Shanghai',
      country: 'CN',
      startsOn: '2017-05-15',
      endsOn: '2017-05-18',
      timezone: 'Asia/Shanghai',
      ...fair,
    },
  });
  const company = await call(`${ctx.service.url}/v1/companies`, { method: 'POST', token, body: { name: 'Wonju Medical Devices' } });
  await call(`${ctx.service.url}/v1/fairs/${created.id}/participants`, { method: 'POST', token, body: { companyId: company.id, booth: 'A-12' } });
  return { agencyId, userId: adminUserId, email, password, token, fairId: created.id, companyId: company.id, call };
}
