import {
  type AddressBlock,
  addressInBlock,
  parseAddressBlock,
  parseNetworkAddress,
} from './network-address.js';

/**
 * Which proxies in front of a server are believed when they report the client's address (`X-Forwarded-For`) and
 * scheme (`X-Forwarded-Proto`), as Express's `proxy-addr` reads them:
 * - `false`: none; the client is the connection's peer, and forwarded headers are ignored (anyone can send them).
 * - a number `n`: exactly `n` proxies stand in front; the client is the address `n` hops back, counting the peer as
 *   the first hop and the `X-Forwarded-For` entries from the right.
 * - a list of addresses and CIDR blocks: peers in the list are proxies; the client is the nearest address, walking
 *   back from the peer through `X-Forwarded-For` from the right, that is not in it.
 *
 * Never the leftmost entry: the client writes it.
 */
export type TrustProxy = false | number | readonly string[];

/** A compiled `TrustProxy` setting. */
export interface ProxyTrust {
  /** The client's address, or `undefined` when it cannot be known (no peer address, or a garbled entry). */
  clientAddress(peer: string | undefined, forwardedFor: string | undefined): string | undefined;
  /** Whether the peer is a trusted proxy, whose `X-Forwarded-Proto` is believed. */
  trustsPeer(peer: string | undefined): boolean;
}

// The hops back from the server: the peer first, then the X-Forwarded-For entries from the right.
function hops(peer: string | undefined, forwardedFor: string | undefined): Array<string | undefined> {
  const chain: Array<string | undefined> = [peer];
  if (forwardedFor !== undefined && forwardedFor !== '') {
    const entries = forwardedFor.split(',');
    for (let i = entries.length - 1; i >= 0; i--) chain.push(entries[i]);
  }
  return chain;
}

function textOf(entry: string | undefined): string | undefined {
  return entry === undefined ? undefined : parseNetworkAddress(entry)?.text;
}

function byHopCount(count: number): ProxyTrust {
  return {
    clientAddress(peer, forwardedFor) {
      if (count === 0) return textOf(peer);
      const chain = hops(peer, forwardedFor);
      return textOf(chain[Math.min(count, chain.length - 1)]);
    },
    trustsPeer: () => count > 0,
  };
}

function byBlocks(blocks: readonly AddressBlock[]): ProxyTrust {
  const trusted = (entry: string | undefined): boolean => {
    const address = entry === undefined ? undefined : parseNetworkAddress(entry);
    return address !== undefined && blocks.some((b) => addressInBlock(b, address));
  };
  return {
    clientAddress(peer, forwardedFor) {
      const chain = hops(peer, forwardedFor);
      let i = 0;
      while (i < chain.length - 1 && trusted(chain[i])) i++;
      return textOf(chain[i]);
    },
    trustsPeer: trusted,
  };
}

/**
 * Compiles a `TrustProxy` setting once, for every request after. A hop count that is not a non-negative integer,
 * or an entry that is not an address or CIDR block, throws a `RangeError` naming it.
 *
 * @example
 * const trust = compileTrustProxy(['10.0.0.0/8']);
 * trust.clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.7'); // '198.51.100.7'
 */
export function compileTrustProxy(setting: TrustProxy | undefined): ProxyTrust {
  if (setting === undefined || setting === false) return byHopCount(0);
  if (typeof setting === 'number') {
    if (!Number.isInteger(setting) || setting < 0) {
      throw new RangeError(`a trusted proxy hop count must be a non-negative integer, got \`${setting}\``);
    }
    return byHopCount(setting);
  }
  const blocks = setting.map((entry) => {
    const block = parseAddressBlock(entry);
    if (block === undefined) throw new RangeError(`\`${entry}\` is not an address or CIDR block`);
    return block;
  });
  return byBlocks(blocks);
}

/**
 * Whether the client's request came over TLS (`aws:SecureTransport`): from a trusted proxy, the last
 * `X-Forwarded-Proto` entry (the one that proxy wrote); otherwise whether this connection is TLS.
 */
export function isSecureTransport(
  trust: ProxyTrust,
  peer: string | undefined,
  secureSocket: boolean,
  forwardedProto: string | undefined,
): boolean {
  if (forwardedProto === undefined || forwardedProto === '' || !trust.trustsPeer(peer)) return secureSocket;
  const last = forwardedProto
    .slice(forwardedProto.lastIndexOf(',') + 1)
    .trim()
    .toLowerCase();
  return last === 'https';
}
