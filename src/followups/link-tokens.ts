import { createHmac } from 'node:crypto';
import { hashLinkToken } from '../common/link-token.js';

/**
 * A company's self-report link token: `pvf_` and the HMAC-SHA256, under the server's link key, of
 * the questionnaire id and the link's generation. Only its SHA-256 is stored; the token itself is
 * derived again when an email is sent, so it never rests anywhere. A new link (generation + 1)
 * makes the old token unknown; expiry and revocation are kept beside the hash.
 */
export function linkToken(key: Buffer, questionnaireId: string, generation: number): string {
  return `pvf_${createHmac('sha256', key).update(`${questionnaireId}:${generation}`).digest('base64url')}`;
}

/** Stored as every link token is (common/link-token.ts): its SHA-256. */
export const tokenHash = hashLinkToken;

/** What a token looks like; anything else is refused before the database is asked. */
export const TOKEN_SHAPE = /^pvf_[A-Za-z0-9_-]{43}$/;

/** The page of the web app a link opens: the token rides in the fragment, which browsers never send. */
export const linkUrl = (baseUrl: string, questionnaireId: string, token: string): string =>
  `${baseUrl}/app/follow-up/${questionnaireId}#${token}`;
