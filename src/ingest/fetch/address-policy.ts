import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * True when an IP address may be contacted without `allowPrivate`: only public unicast.
 * Loopback, private, link-local (cloud metadata), CGNAT, multicast, unspecified, reserved and
 * addresses that embed another (NAT64, 6to4, Teredo) are refused.
 *
 * @example
 * isPublicAddress('93.184.216.34'); // true
 * isPublicAddress('169.254.169.254'); // false
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // An IPv4-mapped IPv6 address reaches the IPv4 host it embeds.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** The host of a URL as an IP literal (brackets removed), or null when it is a name. */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  // URL parsing has already normalised forms such as 127.1 or 0x7f.0.0.1 to dotted decimal.
  return isIP(bare) === 0 ? null : bare;
}

/** Which non-public addresses a fetcher may still reach. */
export interface AddressAllowance {
  /** Every address (the `--allow-private` switch). */
  allowPrivate: boolean;
  /** Only these CIDR ranges, e.g. `['127.0.0.0/8']` for a local test server or `10.1.0.0/16`. */
  allowRanges?: readonly string[];
}

/** True when `address` may be contacted under `allowance`. */
export function isAddressAllowed(address: string, allowance: AddressAllowance): boolean {
  if (allowance.allowPrivate || isPublicAddress(address)) return true;
  if (!allowance.allowRanges?.length || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return allowance.allowRanges.some((cidr) => {
    const [range, bits] = ipaddr.parseCIDR(cidr);
    return range.kind() === parsed.kind() && parsed.match([range, bits] as never);
  });
}
