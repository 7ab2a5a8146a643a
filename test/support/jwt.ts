import { createHmac } from 'node:crypto';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Hand-made tokens, to present the API with what a library would refuse to produce. */
export function signToken(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

export function unsignedToken(payload: object): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
