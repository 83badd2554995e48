import { describe, expect, it } from 'vitest';
import { bigToIp6, cidr6OrNull, contains6, ip6ToBig, looksIpv6, overlaps6, parseCidr6, within6 } from './cidr6.ts';

describe('IPv6 address math', () => {
  it('parses every text form and prints RFC 5952', () => {
    expect(ip6ToBig('::')).toBe(0n);
    expect(ip6ToBig('::1')).toBe(1n);
    expect(bigToIp6(ip6ToBig('2001:0db8:0000:0000:0000:0000:0000:0001')!)).toBe('2001:db8::1');
    expect(ip6ToBig('10.0.0.1')).toBeNull();
    expect(ip6ToBig('2001:db8::g')).toBeNull();
    expect(looksIpv6('::/0')).toBe(true);
    expect(looksIpv6('0.0.0.0/0')).toBe(false);
    expect(looksIpv6('2001:db8::1')).toBe(true);
    // A load balancer's id is an ARN, full of colons, and not an address.
    expect(
      looksIpv6('arn:aws:elasticloadbalancing:us-west-2:111122223333:loadbalancer/app/shop-alb/50dc6c495c0c9188'),
    ).toBe(false);
  });

  it('parses blocks, canonical or not, and refuses bad prefixes', () => {
    const p = parseCidr6('2001:db8:1234:1a00::/56');
    expect(p.ok && p.isCanonical).toBe(true);
    const q = parseCidr6('2001:db8:1234:1a01::/56');
    expect(q.ok && q.canonical).toBe('2001:db8:1234:1a00::/56');
    expect(q.ok && q.isCanonical).toBe(false);
    expect(parseCidr6('::/129')).toEqual({ ok: false, error: 'prefix-range' });
    expect(parseCidr6('10.0.0.0/8')).toEqual({ ok: false, error: 'syntax' });
    const all = cidr6OrNull('::/0')!;
    expect(contains6(all, ip6ToBig('2600::1')!)).toBe(true);
  });

  it('answers containment and overlap', () => {
    const vpc = cidr6OrNull('2001:db8:1234:1a00::/56')!;
    const sub = cidr6OrNull('2001:db8:1234:1a01::/64')!;
    const out = cidr6OrNull('2001:db8:1234:1b00::/64')!;
    expect(within6(sub, vpc)).toBe(true);
    expect(within6(out, vpc)).toBe(false);
    expect(overlaps6(sub, vpc)).toBe(true);
    expect(overlaps6(out, vpc)).toBe(false);
    expect(contains6(sub, ip6ToBig('2001:db8:1234:1a01::10')!)).toBe(true);
    expect(contains6(sub, ip6ToBig('2001:db8:1234:1a02::10')!)).toBe(false);
  });
});
