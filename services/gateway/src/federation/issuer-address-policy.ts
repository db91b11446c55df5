import {
  type AddressBlock,
  addressInBlock,
  type NetworkAddress,
  parseAddressBlock,
  parseNetworkAddress,
} from '@iamgate/policy';

/** Which addresses an issuer's host may have besides public ones (see `FederationSettings`). */
export interface IssuerAddressPolicy {
  allowLoopback: boolean;
  allowPrivate: boolean;
}

/** The kinds of address an issuer host may resolve to. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'reserved';

function blocks(...cidrs: string[]): AddressBlock[] {
  return cidrs.map((cidr) => {
    const block = parseAddressBlock(cidr);
    // INVARIANT: the literals below are valid blocks.
    if (block === undefined) throw new Error(`bad address block \`${cidr}\``);
    return block;
  });
}

const LOOPBACK = blocks('127.0.0.0/8', '::1/128');
const PRIVATE = blocks('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7');
/**
 * Never an issuer (RFC 6890 special-purpose registries): "this network", link-local (cloud metadata services live at
 * `169.254.169.254`), IETF protocol assignments (`192.0.0.0/24`), the documentation ranges, benchmarking
 * (`198.18.0.0/15`), multicast, reserved and broadcast; the unspecified and IPv4-compatible IPv6 addresses
 * (`::/96`), discard-only (`100::/64`), IPv6 link-local, multicast and documentation, and every prefix that reaches
 * IPv4 through an IPv6 address, private IPv4 included: NAT64 (`64:ff9b::/96`, local-use `64:ff9b:1::/48`), 6to4
 * (`2002::/16`) and Teredo (`2001::/32`).
 */
const RESERVED = blocks(
  '0.0.0.0/8',
  '169.254.0.0/16',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/96',
  '100::/64',
  '2001::/32',
  '2001:db8::/32',
  '2002::/16',
  '64:ff9b::/96',
  '64:ff9b:1::/48',
  'fe80::/10',
  'ff00::/8',
);

const NAT64 = blocks('64:ff9b::/96')[0] as AddressBlock;
const SIX_TO_FOUR = blocks('2002::/16')[0] as AddressBlock;

/**
 * The IPv4 address an IPv6 address carries, for the prefixes that translate to IPv4: NAT64's well-known prefix (the
 * last 32 bits, RFC 6052) and 6to4 (bits 16-47, RFC 3056). `undefined` for any other address.
 */
export function embeddedIPv4(address: NetworkAddress): NetworkAddress | undefined {
  if (address.version !== 6) return undefined;
  const [w0 = 0, w1 = 0, , w3 = 0] = address.words;
  let word: number | undefined;
  if (addressInBlock(NAT64, address)) word = w3;
  else if (addressInBlock(SIX_TO_FOUR, address)) word = ((w0 << 16) | (w1 >>> 16)) >>> 0;
  if (word === undefined) return undefined;
  const text = [word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff].join('.');
  return parseNetworkAddress(text);
}

/** How strict each kind is: the strictest kind of an address and of the IPv4 address it carries wins. */
const STRICTNESS: Record<AddressKind, number> = { public: 0, private: 1, loopback: 2, reserved: 3 };

function blockKind(address: NetworkAddress): AddressKind {
  if (LOOPBACK.some((b) => addressInBlock(b, address))) return 'loopback';
  if (RESERVED.some((b) => addressInBlock(b, address))) return 'reserved';
  if (PRIVATE.some((b) => addressInBlock(b, address))) return 'private';
  return 'public';
}

/**
 * What kind of address `address` is. An IPv6 address that carries an IPv4 one (NAT64, 6to4) is also judged by that
 * IPv4 address, the stricter kind winning: the translation prefixes are reserved already, and this keeps a NAT64 or
 * 6to4 form of a loopback or metadata address refused whatever the prefix lists become.
 */
export function addressKind(address: NetworkAddress): AddressKind {
  const own = blockKind(address);
  const carried = embeddedIPv4(address);
  if (carried === undefined) return own;
  const inner = blockKind(carried);
  return STRICTNESS[inner] > STRICTNESS[own] ? inner : own;
}

/**
 * Why the gateway may not connect to `address` for an issuer, or `undefined` when it may: public addresses always,
 * loopback and private ones only when the configuration allows them, reserved ones never. The reason names the
 * address: it is for the operator's log, or for the tenant who wrote that address in a provider URL.
 */
export function refusedAddress(address: NetworkAddress, policy: IssuerAddressPolicy): string | undefined {
  const kind = addressKind(address);
  if (kind === 'public') return undefined;
  if (kind === 'loopback' && policy.allowLoopback) return undefined;
  if (kind === 'private' && policy.allowPrivate) return undefined;
  const setting =
    kind === 'loopback'
      ? ' (IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS is off)'
      : kind === 'private'
        ? ' (IAMGATE_OIDC_ALLOW_PRIVATE_ISSUERS is off)'
        : '';
  const carried = embeddedIPv4(address);
  const via = carried === undefined ? '' : ` (it reaches \`${carried.text}\`)`;
  return `\`${address.text}\` is a ${kind} address${via}${setting}`;
}

/** The address policy the configuration asks for. */
export function issuerAddressPolicy(settings: {
  allowLoopbackIssuers: boolean;
  allowPrivateIssuers: boolean;
}): IssuerAddressPolicy {
  return { allowLoopback: settings.allowLoopbackIssuers, allowPrivate: settings.allowPrivateIssuers };
}

/**
 * Why an issuer URL may not be registered for its host, or `undefined`: a host written as an address (or
 * `localhost`) is checked here, when the provider is created; a name is checked on every fetch, against every
 * address it resolves to.
 */
export function refusedIssuerHost(url: string, policy: IssuerAddressPolicy): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  if (hostname.toLowerCase() === 'localhost') {
    return policy.allowLoopback
      ? undefined
      : '`localhost` is a loopback host (IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS is off)';
  }
  const address = parseNetworkAddress(hostname);
  return address === undefined ? undefined : refusedAddress(address, policy);
}
