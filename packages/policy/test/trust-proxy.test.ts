import { describe, expect, it } from 'vitest';
import {
  addressInBlock,
  compileTrustProxy,
  isSecureTransport,
  parseAddressBlock,
  parseNetworkAddress,
} from '../src/index.js';

describe('parseNetworkAddress', () => {
  it.each([
    ['10.0.0.1', 4, '10.0.0.1'],
    ['10.0.0.1:8443', 4, '10.0.0.1'],
    [' 192.168.1.20 ', 4, '192.168.1.20'],
    ['::1', 6, '::1'],
    ['[2001:DB8::1]:443', 6, '2001:db8::1'],
    ['fe80::1%eth0', 6, 'fe80::1'],
    ['::ffff:10.1.2.3', 4, '10.1.2.3'],
    ['::ffff:0a01:0203', 4, '10.1.2.3'],
    ['1:2:3:4:5:6:7:8', 6, '1:2:3:4:5:6:7:8'],
    ['64:ff9b::192.0.2.33', 6, '64:ff9b::192.0.2.33'],
  ])('reads `%s` as IPv%i `%s`', (input, version, text) => {
    expect(parseNetworkAddress(input)).toMatchObject({ version, text });
  });

  it.each([
    '',
    'unknown',
    '256.0.0.1',
    '01.2.3.4',
    '1.2.3',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    ':1',
    '1:2:3:4:5:6:7::8',
    'g::1',
  ])('refuses `%s`', (input) => {
    expect(parseNetworkAddress(input)).toBeUndefined();
  });
});

describe('address blocks', () => {
  const inBlock = (block: string, address: string) =>
    addressInBlock(parseAddressBlock(block) as never, parseNetworkAddress(address) as never);

  it('matches by prefix, byte-aligned or not, within one family', () => {
    expect(inBlock('10.0.0.0/8', '10.255.1.1')).toBe(true);
    expect(inBlock('10.0.0.0/8', '11.0.0.1')).toBe(false);
    expect(inBlock('172.16.0.0/12', '172.31.255.255')).toBe(true);
    expect(inBlock('172.16.0.0/12', '172.32.0.0')).toBe(false);
    expect(inBlock('0.0.0.0/0', '8.8.8.8')).toBe(true);
    expect(inBlock('fd00::/8', 'fd12:3456::1')).toBe(true);
    expect(inBlock('fd00::/8', 'fe80::1')).toBe(false);
    expect(inBlock('10.0.0.7', '10.0.0.7')).toBe(true);
    expect(inBlock('10.0.0.7', '10.0.0.8')).toBe(false);
    expect(inBlock('10.0.0.0/8', '::ffff:10.0.0.1')).toBe(true);
    expect(inBlock('::/0', '10.0.0.1')).toBe(false);
  });

  it.each(['10.0.0.0/33', 'fd00::/129', '10.0.0.0/', '10.0.0.0/8x', 'nope/8'])(
    'refuses block `%s`',
    (block) => {
      expect(parseAddressBlock(block)).toBeUndefined();
    },
  );
});

describe('compileTrustProxy', () => {
  // The client wrote 203.0.113.9 (forged); proxies appended 198.51.100.7 and 10.0.0.2; the peer is 10.0.0.1.
  const xff = '203.0.113.9, 198.51.100.7, 10.0.0.2';

  it('trusts no proxy by default: the peer is the client and forwarded headers are ignored', () => {
    const trust = compileTrustProxy(undefined);
    expect(trust.clientAddress('10.0.0.1', xff)).toBe('10.0.0.1');
    expect(trust.clientAddress('::ffff:10.0.0.1', undefined)).toBe('10.0.0.1');
    expect(trust.clientAddress(undefined, xff)).toBeUndefined();
    expect(compileTrustProxy(false).clientAddress('10.0.0.1', xff)).toBe('10.0.0.1');
    expect(isSecureTransport(trust, '10.0.0.1', false, 'https')).toBe(false);
  });

  it('with a hop count, takes the address that many hops back, never the leftmost unless it is that far', () => {
    expect(compileTrustProxy(1).clientAddress('10.0.0.1', xff)).toBe('10.0.0.2');
    expect(compileTrustProxy(2).clientAddress('10.0.0.1', xff)).toBe('198.51.100.7');
    expect(compileTrustProxy(3).clientAddress('10.0.0.1', xff)).toBe('203.0.113.9');
    // Fewer hops than proxies: the furthest address known.
    expect(compileTrustProxy(9).clientAddress('10.0.0.1', xff)).toBe('203.0.113.9');
    expect(compileTrustProxy(1).clientAddress('10.0.0.1', undefined)).toBe('10.0.0.1');
  });

  it('with CIDR blocks, takes the nearest address that is not a trusted proxy', () => {
    const trust = compileTrustProxy(['10.0.0.0/8', '198.51.100.7']);
    expect(trust.clientAddress('10.0.0.1', xff)).toBe('203.0.113.9');
    expect(trust.clientAddress('10.0.0.1', '203.0.113.9, 192.0.2.1, 10.0.0.2')).toBe('192.0.2.1');
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(trust.clientAddress('192.0.2.50', xff)).toBe('192.0.2.50');
  });

  it('gives no address rather than a garbled one', () => {
    expect(compileTrustProxy(1).clientAddress('10.0.0.1', 'not-an-ip')).toBeUndefined();
    expect(compileTrustProxy(['10.0.0.0/8']).clientAddress('10.0.0.1', 'garbage, 10.0.0.9')).toBeUndefined();
  });

  it('believes X-Forwarded-Proto only from a trusted peer, and only its last entry', () => {
    const trust = compileTrustProxy(['10.0.0.0/8']);
    expect(isSecureTransport(trust, '10.0.0.1', false, 'https')).toBe(true);
    expect(isSecureTransport(trust, '10.0.0.1', true, 'http')).toBe(false);
    expect(isSecureTransport(trust, '10.0.0.1', false, 'http, https')).toBe(true);
    expect(isSecureTransport(trust, '10.0.0.1', false, 'https, http')).toBe(false);
    expect(isSecureTransport(trust, '192.0.2.1', false, 'https')).toBe(false);
    expect(isSecureTransport(trust, '192.0.2.1', true, undefined)).toBe(true);
  });

  it.each([[-1], [1.5], [['10.0.0.0/40']], [['proxy.internal']]])(
    'refuses %j with a RangeError',
    (setting) => {
      expect(() => compileTrustProxy(setting as never)).toThrow(RangeError);
    },
  );
});
