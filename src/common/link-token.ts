import { createHash, randomBytes } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from './problem.js';

/** A single-use link's secret (in the mail only) and its SHA-256 (the only thing stored). */
export interface LinkToken {
  token: string;
  hash: string;
}

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** What a link token looks like: 256 random bits in base64url, 43 characters. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url: 43 characters. */
export function newLinkToken(): LinkToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** Why a link no longer works; the answer says which, which tells nothing about any account. */
export type LinkRefusal = 'unknown' | 'used' | 'expired' | 'revoked' | 'superseded';

const DETAILS: Record<LinkRefusal, string> = {
  unknown: 'This link is not valid',
  used: 'This link has been used already',
  expired: 'This link has expired',
  revoked: 'This link has been revoked',
  superseded: 'The password has changed since this link was sent',
};

/** 410 Gone for a link that does not (or no longer) work, naming the `token` field. */
export class LinkRefusedProblem extends ProblemException {
  constructor(readonly reason: LinkRefusal) {
    super({
      status: HttpStatus.GONE,
      type: 'link-refused',
      title: 'Link refused',
      detail: DETAILS[reason],
      errors: [{ field: 'token', message: DETAILS[reason] }],
      extensions: { reason },
    });
  }
}
