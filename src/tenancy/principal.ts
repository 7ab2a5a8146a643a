import type { ApiKeyScope } from './scopes.js';
import type { Role } from './role.js';

/** A signed-in user of one agency. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  agencyId: string;
  role: Role;
}

/** A partner agency's read-only API key, issued by one agency. */
export interface ApiKeyPrincipal {
  kind: 'apiKey';
  keyId: string;
  agencyId: string;
  scopes: readonly ApiKeyScope[];
  /** The fairs the key is limited to; null for every fair of the agency. */
  fairIds: readonly string[] | null;
}

/** Who is calling. */
export type Principal = UserPrincipal | ApiKeyPrincipal;

/**
 * Whether the caller may see personal data (buyers' and companies' contact name, email, phone), or
 * filter on it. Every response, export and filter that could carry it asks here: users may, keys
 * only with the `buyers:pii` scope.
 */
export function canReadPersonalData(principal: Principal): boolean {
  return principal.kind === 'user' || principal.scopes.includes('buyers:pii');
}

/** The fairs the caller is limited to (a fair-limited key), or null for all of its agency's fairs. */
export function fairLimit(principal: Principal): readonly string[] | null {
  return principal.kind === 'apiKey' ? principal.fairIds : null;
}

/** The actor of a write as the audit log records it. */
export function auditActor(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `api_key:${principal.keyId}`;
}
