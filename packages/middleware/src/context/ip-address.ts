/** An IPv4 or IPv6 address. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are read as the IPv4 address. */
export interface IpAddress {
  version: 4 | 6;
  bytes: Uint8Array;
  /** The address as text, without brackets, port or zone: what `aws:SourceIp` carries. */
  text: string;
}

/** An address block: an address and the number of leading bits that must match. */
export interface IpBlock {
  version: 4 | 6;
  bytes: Uint8Array;
  prefix: number;
}

const DECIMAL_OCTET = /^(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    // Leading zeros are refused: some parsers read them as octal, and an address must mean one thing.
    const part = parts[i] as string;
    if (!DECIMAL_OCTET.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
    } else if (HEX_GROUP.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] as string);
  const tail = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  return bytes;
}

function isV4Mapped(bytes: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * Parses an address as it appears in a socket or an `X-Forwarded-For` entry: `10.0.0.1`, `10.0.0.1:443`, `::1`,
 * `[::1]:443`, `fe80::1%eth0`. Anything else is `undefined`.
 */
export function parseIp(input: string): IpAddress | undefined {
  let text = input.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] as string;
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'));
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { version: 4, bytes: v4, text };
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (isV4Mapped(v6)) {
    const bytes = v6.slice(12);
    return { version: 4, bytes, text: bytes.join('.') };
  }
  return { version: 6, bytes: v6, text: text.toLowerCase() };
}

/** Parses `10.0.0.0/8`, `fd00::/8`, or a single address (a block of one). */
export function parseIpBlock(input: string): IpBlock | undefined {
  const slash = input.indexOf('/');
  const address = parseIp(slash < 0 ? input : input.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.version === 4 ? 32 : 128;
  if (slash < 0) return { version: address.version, bytes: address.bytes, prefix: max };
  const prefixText = input.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { version: address.version, bytes: address.bytes, prefix: Number(prefixText) };
}

/** Whether `address` lies in `block`. */
export function blockContains(block: IpBlock, address: IpAddress): boolean {
  if (block.version !== address.version) return false;
  const whole = block.prefix >> 3;
  for (let i = 0; i < whole; i++) if (block.bytes[i] !== address.bytes[i]) return false;
  const rest = block.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (((block.bytes[whole] as number) ^ (address.bytes[whole] as number)) & mask) === 0;
}
