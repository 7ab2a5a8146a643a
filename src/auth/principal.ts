import type { Role } from '../users/role.js';

/** Who is calling: a signed-in user of one agency. Partner API keys join this union later. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  agencyId: string;
  role: Role;
}

export type Principal = UserPrincipal;
