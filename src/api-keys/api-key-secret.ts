import { createHash, randomBytes } from 'node:crypto';

/** A new key: `pvk_<8 hex>` names it (not secret); the full string is the secret, kept only as SHA-256. */
export function newKeySecret(): { prefix: string; secret: string; secretHash: string } {
  const prefix = `pvk_${randomBytes(4).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { prefix, secret, secretHash: hashKeySecret(secret) };
}

/** SHA-256 suffices: the secret has 256 random bits, so there is nothing to slow a guess down for. */
export const hashKeySecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
