import { compileTrustProxy as policyCompileTrustProxy } from '@iamgate/policy';
import { describe, expect, it } from 'vitest';
import { compileTrustProxy, MiddlewareConfigError, parseIp, parseIpBlock } from '../src/index.js';

// Addresses and proxy trust are `@iamgate/policy`'s (its test/trust-proxy.test.ts); the middleware re-exports the
// parsers under its own names and turns a bad setting into its configuration error.
describe('the trust settings of @iamgate/policy', () => {
  it('parses addresses and blocks under the names the middleware has always exported', () => {
    expect(parseIp('[2001:DB8::1]:443')).toMatchObject({ version: 6, text: '2001:db8::1' });
    expect(parseIp('::ffff:10.1.2.3')).toMatchObject({ version: 4, text: '10.1.2.3' });
    expect(parseIpBlock('10.0.0.0/8')).toMatchObject({ prefix: 8 });
    expect(parseIpBlock('nope/8')).toBeUndefined();
  });

  it('reads forwarded addresses as the policy engine does', () => {
    const xff = '203.0.113.9, 198.51.100.7, 10.0.0.2';
    for (const setting of [1, 2, ['10.0.0.0/8']] as const) {
      expect(compileTrustProxy(setting).clientAddress('10.0.0.1', xff)).toBe(
        policyCompileTrustProxy(setting).clientAddress('10.0.0.1', xff),
      );
    }
  });
});

describe('compileTrustProxy', () => {
  it.each([[-1], [1.5], [['10.0.0.0/40']], [['proxy.internal']]])('refuses %j: InvalidOption', (setting) => {
    expect(() => compileTrustProxy(setting as never)).toThrow(MiddlewareConfigError);
    expect(() => compileTrustProxy(setting as never)).toThrow(
      expect.objectContaining({ code: 'InvalidOption' }),
    );
  });
});
