import { Injectable } from '@nestjs/common';
import { PrincipalCache } from '../tenancy/principal-cache.js';
import type { Role } from '../tenancy/role.js';

/** What every authenticated request needs to know about its user. */
export interface ActiveUser {
  role: Role;
  sessionVersion: number;
}

/**
 * Users' active role and session version, kept per API process in the PrincipalCache (see there:
 * dropped in every API process on a change, reused for a second at most without Redis). A disabled
 * or unknown user (null) is kept too: the id comes from a token this API signed.
 */
@Injectable()
export class ActiveRoleCache {
  constructor(private readonly principals: PrincipalCache) {}

  get(agencyId: string, userId: string, load: () => Promise<ActiveUser | null>): Promise<ActiveUser | null> {
    return this.principals.get('user', `${agencyId}:${userId}`, load);
  }

  /** Answers once every API process has dropped the user; call it once the change has committed. */
  invalidate(agencyId: string, userId: string): Promise<void> {
    return this.principals.invalidate('user', `${agencyId}:${userId}`);
  }
}
