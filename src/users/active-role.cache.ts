import { Injectable } from '@nestjs/common';
import type { Role } from './role.js';

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * Every authenticated request checks that its user is still active, and with which role. Within one
 * second the answer is reused: a disabled user or a changed role takes effect at once in the process
 * that made the change (it invalidates here) and within a second in any other API process.
 */
@Injectable()
export class ActiveRoleCache {
  private readonly entries = new Map<string, { role: Role | null; until: number }>();

  async get(agencyId: string, userId: string, load: () => Promise<Role | null>): Promise<Role | null> {
    const key = `${agencyId}:${userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.role;
    const role = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { role, until: Date.now() + TTL_MS });
    return role;
  }

  invalidate(agencyId: string, userId: string): void {
    this.entries.delete(`${agencyId}:${userId}`);
  }
}
