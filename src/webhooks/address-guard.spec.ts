import type { LookupAddress } from 'node:dns';
import { AddressGuard, RefusedAddressError, refusedRange } from './address-guard.js';

const guard = (allowedHosts: string[] = [], httpsOnly = true) =>
  new AddressGuard({ allowedHosts, httpsOnly } as unknown as ConstructorParameters<typeof AddressGuard>[0]);

const lookedUp = (target: AddressGuard, hostname: string, all: boolean) =>
  new Promise<{ error: Error | null; address: string | LookupAddress[] }>((resolve) =>
    target.lookup(hostname, { all }, (error, address) => resolve({ error, address })),
  );

describe('refusedRange', () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::7f00:1', 'non-global'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
  ])('refuses %s (%s)', (address, words) => {
    expect(refusedRange(address)).toContain(words);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('lets the public address %s through', (address) => {
    expect(refusedRange(address)).toBeNull();
  });
});

describe('AddressGuard', () => {
  it('refuses a URL whose literal address is not public, and a name resolving to loopback', async () => {
    for (const url of ['http://10.0.0.1/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:8080/hook', 'http://localhost/hook']) {
      await expect(guard().check(new URL(url))).rejects.toThrow(RefusedAddressError);
    }
    await expect(guard().check(new URL('http://localhost/hook'))).rejects.toThrow(/localhost resolves to .*loopback/);
  });

  it('lets allow-listed hosts through, by the host as written', async () => {
    await expect(guard(['127.0.0.1']).check(new URL('http://127.0.0.1:9/hook'))).resolves.toBeUndefined();
    await expect(guard(['127.0.0.1']).check(new URL('http://localhost:9/hook'))).rejects.toThrow(RefusedAddressError);
    await expect(guard(['localhost']).check(new URL('http://LOCALHOST:9/hook'))).resolves.toBeUndefined();
  });

  it('requires https in production unless the host is allow-listed', () => {
    expect(guard([], true).schemeProblem(new URL('http://partner.example/hook'))).toBe('must be an https URL');
    expect(guard(['hooks.internal'], true).schemeProblem(new URL('http://hooks.internal/hook'))).toBeNull();
    expect(guard([], false).schemeProblem(new URL('http://partner.example/hook'))).toBeNull();
    expect(guard([], true).schemeProblem(new URL('https://partner.example/hook'))).toBeNull();
  });

  it('hands a connection only checked addresses, in either lookup form', async () => {
    const refused = await lookedUp(guard(), 'localhost', true);
    expect(refused.error).toBeInstanceOf(RefusedAddressError);
    const one = await lookedUp(guard(['localhost']), 'localhost', false);
    expect(one.error).toBeNull();
    expect(typeof one.address).toBe('string');
    const all = await lookedUp(guard(['localhost']), 'localhost', true);
    expect(all.error).toBeNull();
    expect((all.address as LookupAddress[]).map((entry) => entry.address)).toContain('127.0.0.1');
  });

  it('refuses a host that does not resolve, saying so', async () => {
    await expect(guard().check(new URL('https://no-such-host.invalid/hook'))).rejects.toThrow(/does not resolve/);
  });
});
