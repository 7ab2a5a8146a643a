import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { webhooksConfig } from '../config/configuration.js';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = (): string => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/**
 * `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` under the secret's bytes (Standard Webhooks 1.0,
 * "Signature scheme"); the receiver checks it with any of the secrets it knows.
 */
export function signature(secret: string, eventId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${eventId}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Endpoint secrets at rest: the sender needs them back to sign, so they are encrypted, never hashed.
 * AES-256-GCM under WEBHOOK_SECRET_KEY, a fresh IV per secret, and the endpoint's id as associated
 * data, so a ciphertext copied onto another endpoint's row does not decrypt.
 */
@Injectable()
export class WebhookSecretBox {
  constructor(@Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>) {}

  /** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
  seal(endpointId: string, secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.config.secretKey, iv).setAAD(Buffer.from(endpointId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  open(endpointId: string, sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || !data) throw new Error(`webhook endpoint ${endpointId}: its secret is not in a form this service wrote`);
    const decipher = createDecipheriv('aes-256-gcm', this.config.secretKey, Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(endpointId))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
