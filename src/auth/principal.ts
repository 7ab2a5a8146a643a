import type { Role } from '../users/role.js';

/** Who is calling: a signed-in user of one agency. Partner API keys join this union later. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  agencyId: string;
  role: Role;
}

export type Principal = UserPrincipal;

/**
 * Whether the caller may see buyers' personal data (contact name, email, phone). Every response and
 * export that could carry it asks here; partner API keys will need the `buyers:pii` scope.
 */
export function canReadPersonalData(principal: Principal): boolean {
  return principal.kind === 'user';
}
