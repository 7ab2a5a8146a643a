import { pino } from 'pino';
import { pinoOptions, redactUrl } from './logging.module.js';

describe('redactUrl', () => {
  it('replaces the values of credential-like query parameters and keeps the others', () => {
    expect(redactUrl('/admin/queues?token=eyJ.abc.def')).toBe('/admin/queues?token=[Redacted]');
    expect(redactUrl('/v1/fairs?limit=5&access_token=a&api_key=b&key=c&password=d&client_secret=e&cursor=W10')).toBe(
      '/v1/fairs?limit=5&access_token=[Redacted]&api_key=[Redacted]&key=[Redacted]&password=[Redacted]&client_secret=[Redacted]&cursor=W10',
    );
    expect(redactUrl('/x?%74oken=secret&Api-Key=k&jwt')).toBe('/x?%74oken=[Redacted]&Api-Key=[Redacted]&jwt=[Redacted]');
    expect(redactUrl('/v1/companies')).toBe('/v1/companies');
    expect(redactUrl('/x?%zz=1')).toBe('/x?%zz=1');
  });
});

describe('pinoOptions', () => {
  it('censors credential headers and logs the client address from req.ip', () => {
    const lines: string[] = [];
    const logger = pino(pinoOptions('info'), { write: (line: string) => lines.push(line) });
    logger.info({ req: { method: 'GET', url: '/m?token=t1', ip: '203.0.113.9' }, headers: { authorization: 'Bearer t2', cookie: 'c=t3', 'x-api-key': 't4' } }, 'x');
    const [line] = lines;
    for (const secret of ['t1', 't2', 't3', 't4']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ req: { method: 'GET', url: '/m?token=[Redacted]', remoteAddress: '203.0.113.9' } });
  });
});
