import { describe, expect, it } from 'vitest';
import { sourceThrottleKey, userThrottleKey } from '../../src/repos/throttle-keys.js';

describe('sign-in throttle keys of source addresses', () => {
  it('keys IPv4 by address, an IPv4-mapped IPv6 address as its IPv4, and IPv6 by its /64', () => {
    expect(sourceThrottleKey('203.0.113.7')).toBe('ip:203.0.113.7');
    expect(sourceThrottleKey('::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
    expect(sourceThrottleKey('2001:db8:1:2::1')).toBe('ip:2001:db8:1:2::/64');
    expect(sourceThrottleKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('ip:2001:db8:1:2::/64');
    expect(sourceThrottleKey('2001:db8:1:3::1')).toBe('ip:2001:db8:1:3::/64');
    expect(sourceThrottleKey('not an address')).toBe('ip:not an address');
  });

  it('keys a user by account id and lowercased name, as sign-in counts it', () => {
    expect(userThrottleKey('123456789012', 'Alice')).toBe('user:123456789012/alice');
  });
});
