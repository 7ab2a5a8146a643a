import { jest } from '@jest/globals';
import { ActiveRoleCache } from './active-role.cache.js';
import type { ActiveUser } from './active-role.cache.js';
import type { Role } from '../tenancy/role.js';

const as = (role: Role): ActiveUser => ({ role, sessionVersion: 0 });

describe('ActiveRoleCache', () => {
  const loader = (roles: (ActiveUser | null)[]) => {
    let calls = 0;
    return { load: () => Promise.resolve(roles[calls++] ?? null), calls: () => calls };
  };

  it('reuses an answer within a second, per agency and user', async () => {
    const cache = new ActiveRoleCache();
    const source = loader([as('manager'), as('admin')]);
    expect(await cache.get('a', 'u', source.load)).toEqual(as('manager'));
    expect(await cache.get('a', 'u', source.load)).toEqual(as('manager'));
    expect(source.calls()).toBe(1);
    expect(await cache.get('b', 'u', source.load)).toEqual(as('admin'));
    expect(source.calls()).toBe(2);
  });

  it('forgets a user at once when invalidated (role changed, user disabled)', async () => {
    const cache = new ActiveRoleCache();
    const source = loader([as('staff'), null]);
    expect(await cache.get('a', 'u', source.load)).toEqual(as('staff'));
    await cache.invalidate('a', 'u');
    expect(await cache.get('a', 'u', source.load)).toBeNull();
  });

  it('asks again after the second has passed', async () => {
    const cache = new ActiveRoleCache();
    const source = loader([as('staff'), null]);
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now');
    try {
      spy.mockReturnValue(now);
      await cache.get('a', 'u', source.load);
      spy.mockReturnValue(now + 1001);
      expect(await cache.get('a', 'u', source.load)).toBeNull();
      expect(source.calls()).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
