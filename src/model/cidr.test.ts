import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {
  contains,
  formatCidr,
  intToIp,
  ipToInt,
  isReservedInSubnet,
  nextFreeBlock,
  overlaps,
  parseCidr,
  usableAddresses,
  cidrOrNull,
} from './cidr.ts';

describe('parseCidr', () => {
  it('parses a canonical block', () => {
    const p = parseCidr('10.0.1.0/24');
    expect(p.ok && p.isCanonical).toBe(true);
    expect(p.ok && p.cidr).toEqual({ base: ipToInt('10.0.1.0'), prefix: 24, last: ipToInt('10.0.1.255') });
  });
  it('offers the canonical form when host bits are set (10.0.1.5/24)', () => {
    const p = parseCidr('10.0.1.5/24');
    expect(p.ok).toBe(true);
    expect(p.ok && p.isCanonical).toBe(false);
    expect(p.canonical).toBe('10.0.1.0/24');
    expect(parseCidr('100.68.0.18/18').canonical).toBe('100.68.0.0/18');
  });
  it('rejects a prefix over 32 (10.0.0.0/33)', () => {
    expect(parseCidr('10.0.0.0/33')).toEqual({ ok: false, error: 'prefix-range' });
  });
  it('rejects bad addresses and syntax', () => {
    expect(parseCidr('10.0.0.256/24')).toEqual({ ok: false, error: 'address' });
    expect(parseCidr('10.0.0/24')).toEqual({ ok: false, error: 'address' });
    expect(parseCidr('10.0.0.0')).toEqual({ ok: false, error: 'syntax' });
    expect(parseCidr('')).toEqual({ ok: false, error: 'syntax' });
    expect(parseCidr('010.0.0.0/8').ok).toBe(false);
  });
  it('round-trips every canonical block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), (addr, prefix) => {
        const p = parseCidr(`${intToIp(addr)}/${prefix}`);
        expect(p.ok).toBe(true);
        if (!p.ok) return;
        expect(parseCidr(p.canonical).ok && parseCidr(p.canonical).canonical).toBe(p.canonical);
        expect(p.cidr.last - p.cidr.base + 1).toBe(2 ** (32 - prefix));
        expect(addr >= p.cidr.base && addr <= p.cidr.last).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('block relations', () => {
  const c = (s: string) => cidrOrNull(s)!;
  it('overlap and containment', () => {
    expect(overlaps(c('10.0.0.0/16'), c('10.0.5.0/24'))).toBe(true);
    expect(overlaps(c('10.0.0.0/24'), c('10.0.1.0/24'))).toBe(false);
    expect(contains(c('10.0.0.0/16'), c('10.0.5.0/24'))).toBe(true);
    expect(contains(c('10.0.5.0/24'), c('10.0.0.0/16'))).toBe(false);
    expect(contains(c('10.0.0.0/16'), c('10.0.0.0/16'))).toBe(true);
  });
  it('AWS reserves five addresses per subnet', () => {
    expect(usableAddresses(28)).toBe(11);
    expect(usableAddresses(24)).toBe(251);
    const s = c('10.0.1.0/24');
    expect([0, 1, 2, 3].map((o) => isReservedInSubnet(s, s.base + o))).toEqual([true, true, true, true]);
    expect(isReservedInSubnet(s, s.base + 4)).toBe(false);
    expect(isReservedInSubnet(s, s.last)).toBe(true);
  });
});

describe('nextFreeBlock', () => {
  const c = (s: string) => cidrOrNull(s)!;
  it('proposes the first free /24 in a VPC', () => {
    expect(formatCidr(nextFreeBlock(c('10.0.0.0/16'), 24, [])!)).toBe('10.0.0.0/24');
    expect(formatCidr(nextFreeBlock(c('10.0.0.0/16'), 24, [c('10.0.0.0/24'), c('10.0.1.0/24')])!)).toBe('10.0.2.0/24');
    expect(formatCidr(nextFreeBlock(c('10.0.0.0/16'), 24, [c('10.0.1.0/24')])!)).toBe('10.0.0.0/24');
  });
  it('skips blocks of other sizes, aligned', () => {
    expect(formatCidr(nextFreeBlock(c('10.0.0.0/16'), 24, [c('10.0.0.0/23'), c('10.0.2.128/25')])!)).toBe(
      '10.0.3.0/24',
    );
  });
  it('returns null when the VPC is full', () => {
    expect(nextFreeBlock(c('10.0.0.0/24'), 25, [c('10.0.0.0/25'), c('10.0.0.128/25')])).toBeNull();
    expect(nextFreeBlock(c('10.0.0.0/24'), 16, [])).toBeNull();
  });
  it('never overlaps what is taken (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }), (thirds) => {
        const taken = thirds.map((n) => c(`10.0.${n}.0/24`));
        const free = nextFreeBlock(c('10.0.0.0/16'), 24, taken);
        if (new Set(thirds).size === 256) expect(free).toBeNull();
        else {
          expect(free).not.toBeNull();
          expect(taken.some((t) => overlaps(t, free!))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parse results are remembered by text', () => {
  it('returns the same frozen result for the same text, and stays correct past the memo limit', () => {
    const a = parseCidr('10.0.0.0/16');
    expect(parseCidr('10.0.0.0/16')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.ok && Object.isFrozen(a.cidr)).toBe(true);
    expect(Object.isFrozen(parseCidr('10.0.0.0/33'))).toBe(true);
    // Far more distinct texts than the memo keeps: every answer is still the right one.
    for (let i = 0; i < 20_000; i++) {
      const text = `10.${(i >> 8) & 255}.${i & 255}.0/24`;
      const p = parseCidr(text);
      expect(p.ok && p.canonical).toBe(text);
      expect(ipToInt(`10.${(i >> 8) & 255}.${i & 255}.7`)).toBe(
        ((10 << 24) >>> 0) + (((i >> 8) & 255) << 16) + ((i & 255) << 8) + 7,
      );
    }
    expect(parseCidr('10.0.0.0/16')).toEqual(a);
    expect(ipToInt('300.1.1.1')).toBeNull();
    expect(ipToInt(42 as unknown as string)).toBeNull();
  });
});

describe('ipToInt reads addresses exactly as the strict dotted quad of ipaddr.js', () => {
  const asIpaddr = (t: string) => {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(t) || !ipaddr.IPv4.isValidFourPartDecimal(t)) return null;
    const b = ipaddr.IPv4.parse(t).octets;
    return ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!;
  };

  it('agrees on the edge cases: leading zeros, 255/256, short and long forms, signs, spaces, hex', () => {
    const cases = ['0.0.0.0', '255.255.255.255', '256.0.0.1', '10.0.0.01', '010.0.0.1', '00.0.0.0', '1.2.3', '1.2.3.4.5',
      '1.2.3.4 ', ' 1.2.3.4', '+1.2.3.4', '0x1.2.3.4', '1..2.3', '1.2.3.', '1000.1.1.1', '192.168.1.1', '1e2.0.0.0', ''];
    for (const t of cases) expect(ipToInt(t), JSON.stringify(t)).toBe(asIpaddr(t));
  });

  it('agrees on any text made of digits and dots', () => {
    const text = fc.stringMatching(/^[0-9.]{0,16}$/);
    const quad = fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 4, maxLength: 4 }).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.oneof(text, quad), (t) => {
        expect(ipToInt(t)).toBe(asIpaddr(t));
      }),
      { numRuns: 5000 },
    );
  });
});
