/**
 * `IpAddress` / `NotIpAddress` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_IPAddress): policy values are IPv4 or IPv6 addresses or CIDR blocks (RFC 4632, RFC 4291); a context
 * value matches when it is an address inside one of them. An address only matches blocks of its own family. No
 * policy variables.
 */
import { type FamilyCompiler, fixedValues, type Scalar, type ValueTest } from './types.js';

/** An address as 32-bit words: one for IPv4, four for IPv6. */
export interface IpAddress {
  v6: boolean;
  words: number[];
}

/** An address block. */
export interface Cidr extends IpAddress {
  prefix: number;
}

const V6_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Parses dotted-quad IPv4 (no leading zeros) by hand: it runs for every `aws:SourceIp` tested. */
function parseV4(text: string): number | undefined {
  let word = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (digits === 0 || dots === 3) return undefined;
      word = word * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return undefined;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || dots !== 3) return undefined;
  return word * 256 + octet;
}

function parseV6Groups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === parts.length - 1 && p.includes('.')) {
      const v4 = parseV4(p);
      if (v4 === undefined) return undefined;
      groups.push(v4 >>> 16, v4 & 0xffff);
    } else if (V6_GROUP.test(p)) {
      groups.push(Number.parseInt(p, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseV6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseV6Groups(halves[0]!);
  const tail = halves.length === 2 ? parseV6Groups(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push((groups[i]! * 0x10000 + groups[i + 1]!) >>> 0);
  return words;
}

/** Parses an IPv4 or IPv6 address (no prefix), or returns undefined. */
export function parseIp(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const words = parseV6(text);
    return words === undefined ? undefined : { v6: true, words };
  }
  const word = parseV4(text);
  return word === undefined ? undefined : { v6: false, words: [word] };
}

/** Parses `address` or `address/prefix`; a bare address is a block of one. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.v6 ? 128 : 32;
  if (slash < 0) return { ...address, prefix: max };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { ...address, prefix: Number(prefixText) };
}

/** Whether `address` lies inside `block`. */
export function cidrContains(block: Cidr, address: IpAddress): boolean {
  if (block.v6 !== address.v6) return false;
  for (let i = 0; i < block.words.length; i++) {
    const bits = block.prefix - 32 * i;
    if (bits <= 0) return true;
    const mask = bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
    if ((block.words[i]! & mask) >>> 0 !== (address.words[i]! & mask) >>> 0) return false;
  }
  return true;
}

class IpTest implements ValueTest {
  private lastValue: string | null = null;
  private lastResult = false;
  constructor(private readonly blocks: readonly Cidr[]) {}
  test(value: Scalar): boolean {
    if (typeof value !== 'string') return false;
    // Requests from one client repeat its address: remember the last answer.
    if (value !== this.lastValue) {
      this.lastResult = this.compute(value);
      this.lastValue = value;
    }
    return this.lastResult;
  }

  private compute(value: string): boolean {
    const address = parseIp(value);
    if (address === undefined) return false;
    for (const block of this.blocks) if (cidrContains(block, address)) return true;
    return false;
  }
}

/** Compiles the values of one key for `IpAddress`. */
export const compileIp: FamilyCompiler = (values, _variant, report) => {
  const blocks: Cidr[] = [];
  values.forEach((v, i) => {
    const block = typeof v === 'string' ? parseCidr(v) : undefined;
    if (block === undefined) report.invalid(i, `\`${String(v)}\` is not an ip address or cidr block`);
    else blocks.push(block);
  });
  return fixedValues(new IpTest(blocks));
};
