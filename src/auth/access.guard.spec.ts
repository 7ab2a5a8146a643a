import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_KEY_SCOPE } from '../tenancy/api-key-scope.decorator.js';
import { AccessGuard } from './guards.js';
import { canReadPersonalData, fairLimit, type ApiKeyPrincipal, type Principal } from '../tenancy/principal.js';
import { REQUIRED_ROLE } from '../tenancy/roles.decorator.js';

const key = (overrides: Partial<ApiKeyPrincipal> = {}): ApiKeyPrincipal => ({
  kind: 'apiKey', keyId: 'k', agencyId: 'a', scopes: ['outcomes:read'], fairIds: null, ...overrides,
});
const staff: Principal = { kind: 'user', userId: 'u', agencyId: 'a', role: 'staff' };

function contextFor(principal: Principal, method: string, metadata: Record<string, unknown>): ExecutionContext {
  const handler = () => undefined;
  for (const [name, value] of Object.entries(metadata)) Reflect.defineMetadata(name, value, handler);
  return {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => ({ user: principal, method }) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());
  const status = (principal: Principal, method: string, metadata: Record<string, unknown>) => {
    try {
      return guard.canActivate(contextFor(principal, method, metadata)) ? 'allowed' : 'denied';
    } catch (error) {
      return (error as { getStatus(): number }).getStatus();
    }
  };

  it('refuses API keys on a route without a scope, whatever its roles: secure by default', () => {
    expect(status(key(), 'GET', {})).toBe(403);
    expect(status(key(), 'GET', { [REQUIRED_ROLE]: 'staff' })).toBe(403);
  });

  it('admits a key on a GET route whose scope it holds, and on nothing else', () => {
    expect(status(key(), 'GET', { [API_KEY_SCOPE]: 'outcomes:read', [REQUIRED_ROLE]: 'manager' })).toBe('allowed');
    expect(status(key(), 'GET', { [API_KEY_SCOPE]: 'fairs:read' })).toBe(403);
    expect(status(key(), 'POST', { [API_KEY_SCOPE]: 'outcomes:read' })).toBe(403);
    expect(status(key(), 'DELETE', { [API_KEY_SCOPE]: 'outcomes:read' })).toBe(403);
  });

  it('checks users by role only', () => {
    expect(status(staff, 'POST', { [REQUIRED_ROLE]: 'staff' })).toBe('allowed');
    expect(status(staff, 'GET', { [REQUIRED_ROLE]: 'manager', [API_KEY_SCOPE]: 'outcomes:read' })).toBe(403);
  });
});

describe('principal questions', () => {
  it('lets users and buyers:pii keys read personal data, and no other key', () => {
    expect(canReadPersonalData(staff)).toBe(true);
    expect(canReadPersonalData(key({ scopes: ['buyers:read'] }))).toBe(false);
    expect(canReadPersonalData(key({ scopes: ['buyers:read', 'buyers:pii'] }))).toBe(true);
  });

  it('limits only fair-limited keys to fairs', () => {
    expect(fairLimit(staff)).toBeNull();
    expect(fairLimit(key())).toBeNull();
    expect(fairLimit(key({ fairIds: ['f'] }))).toEqual(['f']);
  });
});
