import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import ipaddr from 'ipaddr.js';
import { webhooksConfig } from '../config/configuration.js';

/** A webhook URL whose host may not be delivered to; the message says which address and why. */
export class RefusedAddressError extends Error {}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  linkLocal: 'a link-local address (cloud metadata services live there)',
  uniqueLocal: 'a unique-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
};

/** IPv6 global unicast: outside it (`::7f00:1`, IPv4-compatible) ipaddr.js still says "unicast". */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Why an address may not receive webhooks, or null for a public unicast one. IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`) is judged as the IPv4 address it is; NAT64, 6to4 and Teredo prefixes, which
 * embed an IPv4 address of any kind, are refused like every special range.
 */
export function refusedRange(address: string): string | null {
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast' && (parsed.kind() === 'ipv4' || parsed.match(GLOBAL_UNICAST_V6))) return null;
  return RANGE_WORDS[range] ?? `a ${range === 'unicast' ? 'non-global' : range} address`;
}

const DNS_TIMEOUT_MS = 5000;

/**
 * The SSRF rule: an endpoint's host must resolve only to public addresses, checked at creation and
 * at every delivery, unless it is on WEBHOOK_ALLOWED_HOSTS. Deliveries connect through `lookup`,
 * which resolves, checks every address and hands the socket only checked ones: there is no second
 * resolution between the check and the connection for a rebinding DNS server to answer differently.
 */
@Injectable()
export class AddressGuard {
  constructor(@Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>) {}

  isAllowListed(url: URL): boolean {
    return this.config.allowedHosts.includes(bareHost(url.hostname).toLowerCase());
  }

  /** Plain http only where the configuration allows it (development, tests, an allow-listed host). */
  schemeProblem(url: URL): string | null {
    if (url.protocol === 'https:') return null;
    if (url.protocol !== 'http:') return 'must be an http(s) URL';
    return this.config.httpsOnly && !this.isAllowListed(url) ? 'must be an https URL' : null;
  }

  /** Resolves the URL's host and checks every address; throws RefusedAddressError saying why not. */
  async check(url: URL): Promise<void> {
    await this.addresses(bareHost(url.hostname), this.isAllowListed(url));
  }

  /** For `net.connect`/`tls.connect` (undici's `connect.lookup`): only checked addresses reach the socket. */
  readonly lookup = (
    hostname: string,
    options: LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    const allowListed = this.config.allowedHosts.includes(hostname.toLowerCase());
    this.addresses(hostname, allowListed).then(
      (all) => {
        const wanted = options.family === 4 || options.family === 6 ? all.filter((entry) => entry.family === options.family) : all;
        if (wanted.length === 0) return callback(Object.assign(new Error(`${hostname} has no IPv${options.family} address`), { code: 'ENOTFOUND' }), []);
        if (options.all) return callback(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };

  private async addresses(host: string, allowListed: boolean): Promise<LookupAddress[]> {
    const family = isIP(host);
    const all = family !== 0 ? [{ address: host, family }] : await resolve(host);
    if (!allowListed) {
      for (const { address } of all) {
        const why = refusedRange(address);
        if (why) throw new RefusedAddressError(family !== 0 ? `${address} is ${why}` : `${host} resolves to ${address}, ${why}`);
      }
    }
    return all;
  }
}

/** `[::1]` as URL.hostname gives it → `::1`. */
const bareHost = (hostname: string): string => hostname.replace(/^\[(.*)\]$/, '$1');

async function resolve(host: string): Promise<LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RefusedAddressError(`${host} did not resolve within ${DNS_TIMEOUT_MS / 1000} s`)), DNS_TIMEOUT_MS);
  });
  try {
    const all = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    if (all.length === 0) throw new RefusedAddressError(`${host} has no address`);
    return all;
  } catch (error) {
    if (error instanceof RefusedAddressError) throw error;
    throw new RefusedAddressError(`${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}
