/**
 * Addresses as a connection or an `X-Forwarded-For` header reports them, and the address blocks of a proxy trust
 * setting, read with the engine's own IP parser (`conditions/ip.ts`, which `IpAddress` conditions use) so that
 * `aws:SourceIp` is read and matched one way.
 */
import { type Cidr, cidrContains, type IpAddress, parseCidr, parseIp } from '../conditions/ip.js';

/** An IPv4 or IPv6 address. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are read as the IPv4 address. */
export interface NetworkAddress extends IpAddress {
  version: 4 | 6;
  /** The address as text, without brackets, port or zone: what `aws:SourceIp` carries. */
  text: string;
}

/** An address block: an address and the number of leading bits that must match. */
export type AddressBlock = Cidr;

function isV4Mapped(words: readonly number[]): boolean {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
}

function v4Text(word: number): string {
  return [word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff].join('.');
}

/**
 * Parses an address as it appears in a socket or an `X-Forwarded-For` entry: `10.0.0.1`, `10.0.0.1:443`, `::1`,
 * `[::1]:443`, `fe80::1%eth0`, `::ffff:10.0.0.1`. Anything else is `undefined`.
 *
 * @example
 * parseNetworkAddress('[2001:DB8::1]:443')?.text; // '2001:db8::1'
 */
export function parseNetworkAddress(input: string): NetworkAddress | undefined {
  let text = input.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] as string;
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'));
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const address = parseIp(text);
  if (address === undefined) return undefined;
  if (!address.v6) return { ...address, version: 4, text };
  if (isV4Mapped(address.words)) {
    const word = address.words[3] as number;
    return { v6: false, words: [word], version: 4, text: v4Text(word) };
  }
  return { ...address, version: 6, text: text.toLowerCase() };
}

/**
 * Parses `10.0.0.0/8`, `fd00::/8`, or a single address (a block of one).
 *
 * @example
 * addressInBlock(parseAddressBlock('10.0.0.0/8')!, parseNetworkAddress('10.1.2.3')!); // true
 */
export function parseAddressBlock(input: string): AddressBlock | undefined {
  return parseCidr(input.trim());
}

/** Whether `address` lies in `block` (an address only lies in blocks of its own family). */
export function addressInBlock(block: AddressBlock, address: NetworkAddress): boolean {
  return cidrContains(block, address);
}
