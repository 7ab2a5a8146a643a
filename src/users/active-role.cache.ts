import { Injectable } from '@nestjs/common';
import type { Role } from '../tenancy/role.js';

/** What every authenticated request needs to know about its user. */
export interface ActiveUser {
  role: Role;
  sessionVersion: number;
}

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * Every authenticated request checks that its user is still active, with which role and session version. Within one
 * second the answer is reused: a disabled user, a changed role or a changed password takes effect at once in the process
 * that made the change (it invalidates here) and within a second in any other API process.
 */
@Injectable()
export class ActiveRoleCache {
  private readonly entries = new Map<string, { user: ActiveUser | null; until: number }>();

  async get(agencyId: string, userId: string, load: () => Promise<ActiveUser | null>): Promise<ActiveUser | null> {
    const key = `${agencyId}:${userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.user;
    const user = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { user, until: Date.now() + TTL_MS });
    return user;
  }

  invalidate(agencyId: string, userId: string): void {
    this.entries.delete(`${agencyId}:${userId}`);
  }
}
