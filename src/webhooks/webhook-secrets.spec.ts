import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signature, WebhookSecretBox } from './webhook-secrets.js';

const box = (key = Buffer.alloc(32, 7)) => new WebhookSecretBox({ secretKey: key } as unknown as ConstructorParameters<typeof WebhookSecretBox>[0]);

describe('webhook secrets', () => {
  it('signs as the Standard Webhooks library verifies', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: 'consultation.created', data: { recordId: 'x' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature(secret, 'msg_1', timestamp, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('msg_1', new Date(timestamp * 1000), body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('seals a secret so that only its own endpoint and key open it', () => {
    const secret = newWebhookSecret();
    const sealed = box().seal('endpoint-a', secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box().seal('endpoint-a', secret)).not.toBe(sealed);
    expect(box().open('endpoint-a', sealed)).toBe(secret);
    expect(() => box().open('endpoint-b', sealed)).toThrow();
    expect(() => box(Buffer.alloc(32, 8)).open('endpoint-a', sealed)).toThrow();
  });
});
