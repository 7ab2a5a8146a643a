import { jest } from '@jest/globals';
import { PrincipalCache, UNSUBSCRIBED_TTL_MS } from './principal-cache.js';

interface Key {
  keyId: string;
  scopes: string[];
  expiresAt: number | null;
}

/** How API keys are kept: looked up by secret hash, dropped by key id, refusals not kept, never past expiry. */
const KEY = { misses: false, id: (key: Key) => key.keyId, notAfter: (key: Key) => key.expiresAt };

describe('PrincipalCache', () => {
  const loader = <T>(answers: (T | null)[]) => {
    let calls = 0;
    return { load: () => Promise.resolve(answers[calls++] ?? null), calls: () => calls };
  };

  /** Runs `body` with Date.now() answering what `at` is set to. */
  async function withClock(body: (at: (ms: number) => void) => Promise<void>): Promise<void> {
    const start = Date.now();
    const spy = jest.spyOn(Date, 'now');
    try {
      await body((ms) => spy.mockReturnValue(start + ms));
    } finally {
      spy.mockRestore();
    }
  }

  it('reuses an answer, per kind and key', async () => {
    const cache = new PrincipalCache();
    const source = loader(['manager', 'admin', 'key']);
    expect(await cache.get('user', 'a:u', source.load)).toBe('manager');
    expect(await cache.get('user', 'a:u', source.load)).toBe('manager');
    expect(source.calls()).toBe(1);
    expect(await cache.get('user', 'b:u', source.load)).toBe('admin');
    expect(await cache.get('apiKey', 'a:u', source.load)).toBe('key');
    expect(source.calls()).toBe(3);
  });

  it('forgets a user at once when invalidated (role changed, user disabled)', async () => {
    const cache = new PrincipalCache();
    const source = loader(['staff', null]);
    expect(await cache.get('user', 'a:u', source.load)).toBe('staff');
    await cache.invalidate('user', 'a:u');
    expect(await cache.get('user', 'a:u', source.load)).toBeNull();
  });

  it('asks again once the time to live has passed', async () => {
    const cache = new PrincipalCache();
    const source = loader(['staff', null]);
    await withClock(async (at) => {
      at(0);
      await cache.get('user', 'a:u', source.load);
      at(UNSUBSCRIBED_TTL_MS - 1);
      expect(await cache.get('user', 'a:u', source.load)).toBe('staff');
      at(UNSUBSCRIBED_TTL_MS + 1);
      expect(await cache.get('user', 'a:u', source.load)).toBeNull();
      expect(source.calls()).toBe(2);
    });
  });

  it('never reuses an API key past its expiry, even within the time to live', async () => {
    const cache = new PrincipalCache();
    await withClock(async (at) => {
      at(0);
      const expiresAt = Date.now() + 400;
      const source = loader<Key>([{ keyId: 'k', scopes: ['fairs:read'], expiresAt }, null]);
      expect(await cache.get('apiKey', 'hash', source.load, KEY)).toMatchObject({ keyId: 'k' });
      at(399);
      expect(await cache.get('apiKey', 'hash', source.load, KEY)).toMatchObject({ keyId: 'k' });
      expect(source.calls()).toBe(1);
      // Well within the time to live (a second here, a minute when subscribed), but expired: asked again.
      at(400);
      expect(await cache.get('apiKey', 'hash', source.load, KEY)).toBeNull();
      expect(source.calls()).toBe(2);
    });
  });

  it('does not keep an answer that is already expired', async () => {
    const cache = new PrincipalCache();
    const source = loader<Key>([
      { keyId: 'k', scopes: [], expiresAt: Date.now() - 1 },
      { keyId: 'k', scopes: [], expiresAt: null },
    ]);
    await cache.get('apiKey', 'hash', source.load, KEY);
    await cache.get('apiKey', 'hash', source.load, KEY);
    expect(source.calls()).toBe(2);
  });

  it('drops an API key looked up by its hash when its id is invalidated', async () => {
    const cache = new PrincipalCache();
    const source = loader<Key>([
      { keyId: 'k', scopes: ['fairs:read', 'buyers:read'], expiresAt: null },
      { keyId: 'k', scopes: ['fairs:read'], expiresAt: null },
    ]);
    expect(await cache.get('apiKey', 'hash', source.load, KEY)).toMatchObject({ scopes: ['fairs:read', 'buyers:read'] });
    await cache.invalidate('apiKey', 'other');
    await cache.invalidate('user', 'k');
    expect(await cache.get('apiKey', 'hash', source.load, KEY)).toMatchObject({ scopes: ['fairs:read', 'buyers:read'] });
    await cache.invalidate('apiKey', 'k');
    expect(await cache.get('apiKey', 'hash', source.load, KEY)).toMatchObject({ scopes: ['fairs:read'] });
  });

  it('does not keep a refused API key (the caller chose the key): every guess is looked up', async () => {
    const cache = new PrincipalCache();
    const source = loader<Key>([null, null]);
    await cache.get('apiKey', 'guess', source.load, KEY);
    await cache.get('apiKey', 'guess', source.load, KEY);
    expect(source.calls()).toBe(2);
  });

  it('does not keep what a load read before an invalidation that arrived meanwhile', async () => {
    const cache = new PrincipalCache();
    let release!: (value: string) => void;
    const slow = cache.get('user', 'a:u', () => new Promise<string>((resolve) => (release = resolve)));
    await cache.invalidate('user', 'a:u');
    release('admin (before the change)');
    expect(await slow).toBe('admin (before the change)');
    expect(await cache.get('user', 'a:u', () => Promise.resolve('staff'))).toBe('staff');
  });
});
