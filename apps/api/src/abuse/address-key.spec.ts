import { describe, expect, it } from 'vitest';
import { addressKey } from './throttle';

describe('what a client address is counted as', () => {
  it('counts an IPv4 address as itself, also when it arrives IPv6-mapped', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every IPv6 address of one /64 as one, and another /64 apart', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:abcd:ef01:2345:6789')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('keeps what is no address as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });
});
