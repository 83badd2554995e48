import { describe, expect, it } from 'vitest';
import { ipToInt } from '../model/cidr.ts';
import type { NetworkAcl } from '../model/types.ts';
import { UNKNOWN_NACL_CIDR, naclDecide, naclDecideRange } from './nacl.ts';
import { naclRule } from './testing/builder.ts';

const acl = (rules: NetworkAcl['rules'], isDefault = false): NetworkAcl => ({
  kind: 'nacl',
  id: 'acl-1',
  name: 'a',
  parent: null,
  position: { x: 0, y: 0 },
  isDefault,
  rules,
  subnetIds: [],
});
const ip = (s: string) => ipToInt(s)!;

describe('naclDecide', () => {
  it('a rule whose block is not known: unknown where it comes first and would decide the other way, else ignored', () => {
    const unknownAllow = naclRule(100, 'inbound', 'allow', 'tcp', 22, UNKNOWN_NACL_CIDR);
    const a = acl([unknownAllow, naclRule(200, 'inbound', 'allow', 'tcp', 80)]);
    // tcp 22: only the unknown rule could allow it: not known (neither allow nor deny).
    expect(naclDecide(a, 'inbound', 'tcp', 22, ip('8.8.8.8'))).toMatchObject({
      allowed: false,
      by: 'unknown',
      unknownRule: { number: 100 },
    });
    // tcp 80: the unknown rule does not match the port; rule 200 decides.
    expect(naclDecide(a, 'inbound', 'tcp', 80, ip('8.8.8.8'))).toMatchObject({ allowed: true, by: 'rule' });
    // An unknown deny before an allow: not known; an unknown allow after the allow: the allow decides.
    const b = acl([
      naclRule(50, 'inbound', 'deny', 'all', 0, UNKNOWN_NACL_CIDR),
      naclRule(100, 'inbound', 'allow', 'all', 0),
      naclRule(150, 'inbound', 'allow', 'all', 0, UNKNOWN_NACL_CIDR),
    ]);
    expect(naclDecide(b, 'inbound', 'udp', 53, ip('8.8.8.8')).by).toBe('unknown');
    const c = acl([
      naclRule(100, 'inbound', 'allow', 'all', 0),
      naclRule(150, 'inbound', 'deny', 'all', 0, UNKNOWN_NACL_CIDR),
    ]);
    expect(naclDecide(c, 'inbound', 'udp', 53, ip('8.8.8.8'))).toMatchObject({ allowed: true, by: 'rule' });
    // An unknown deny where the result is deny anyway: deny.
    const d = acl([naclRule(100, 'inbound', 'deny', 'tcp', 22, UNKNOWN_NACL_CIDR)]);
    expect(naclDecide(d, 'inbound', 'tcp', 22, ip('8.8.8.8'))).toMatchObject({ allowed: false, by: 'implicit-deny' });
  });

  it('evaluates the lowest number first, whatever the document order', () => {
    const a = acl([
      naclRule(200, 'inbound', 'allow', 'tcp', 22),
      naclRule(100, 'inbound', 'deny', 'tcp', 22, '10.0.0.0/8'),
    ]);
    expect(naclDecide(a, 'inbound', 'tcp', 22, ip('10.1.1.1'))).toMatchObject({
      allowed: false,
      by: 'rule',
      rule: { number: 100 },
    });
    expect(naclDecide(a, 'inbound', 'tcp', 22, ip('8.8.8.8'))).toMatchObject({ allowed: true, rule: { number: 200 } });
    expect(naclDecide(a, 'inbound', 'tcp', 23, ip('8.8.8.8'))).toMatchObject({
      allowed: false,
      by: 'implicit-deny',
      rule: null,
    });
  });

  it('default NACL: no rules in a direction allows it; no NACL at all allows everything', () => {
    const d = acl([naclRule(100, 'inbound', 'deny', 'tcp', 22)], true);
    expect(naclDecide(d, 'outbound', 'udp', 53, ip('8.8.8.8'))).toMatchObject({ allowed: true, by: 'default-allow' });
    expect(naclDecide(d, 'inbound', 'tcp', 80, ip('8.8.8.8'))).toMatchObject({ allowed: false, by: 'implicit-deny' });
    expect(naclDecide(undefined, 'inbound', 'tcp', 22, 0)).toMatchObject({ allowed: true, by: 'no-acl' });
  });

  it('"all" traffic is denied by a partial deny that comes first', () => {
    const a = acl([naclRule(50, 'outbound', 'deny', 'tcp', 25), naclRule(100, 'outbound', 'allow', 'all', 0)]);
    expect(naclDecide(a, 'outbound', 'all', 0, ip('1.1.1.1'))).toMatchObject({ allowed: false, rule: { number: 50 } });
    expect(naclDecide(a, 'outbound', 'icmp', 0, ip('1.1.1.1'))).toMatchObject({ allowed: true, rule: { number: 100 } });
  });
});

describe('naclDecideRange', () => {
  it('is exact over the grid the rules cut: a hole in the middle of the range is found', () => {
    const a = acl([
      naclRule(90, 'outbound', 'deny', 'tcp', [5000, 5001], '203.0.113.0/24'),
      naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535]),
    ]);
    const whole = naclDecideRange(a, 'outbound', 'tcp', 1024, 65535, 0, 2 ** 32 - 1);
    expect(whole).toMatchObject({ all: false, some: true, denied: { port: 5000, addr: ip('203.0.113.0') } });
    expect(naclDecideRange(a, 'outbound', 'tcp', 1024, 65535, ip('8.8.8.8'), ip('8.8.8.8')).all).toBe(true);
    expect(naclDecideRange(a, 'outbound', 'tcp', 80, 80, 0, 100).some).toBe(false);
  });
});
