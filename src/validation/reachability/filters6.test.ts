import { describe, expect, it } from 'vitest';
import { ip6ToBig } from '../../model/cidr6.ts';
import { ipToInt } from '../../model/cidr.ts';
import type { NaclRule, NetworkAcl } from '../../model/types.ts';
import { UNKNOWN_NACL_CIDR, UNKNOWN_NACL_CIDR6, naclDecide } from '../nacl.ts';
import { nacl6Decide, nacl6DecideRange } from './filters6.ts';

const rule = (number: number, action: 'allow' | 'deny', cidr: string, from = 0, to = 65535): NaclRule => ({
  id: `r${number}`,
  number,
  direction: 'inbound',
  action,
  protocol: 'tcp',
  fromPort: from,
  toPort: to,
  cidr,
});
const acl = (...rules: NaclRule[]) => ({ id: 'acl', kind: 'nacl', rules }) as unknown as NetworkAcl;
const v6 = ip6ToBig('2001:db8::1')!;

describe('IPv6 NACL rules whose block is not known', () => {
  it('an unknown IPv6 block before the deciding rule, deciding the other way: unknown (rule named)', () => {
    const a = acl(rule(100, 'deny', UNKNOWN_NACL_CIDR6, 22, 22), rule(120, 'allow', '::/0'));
    expect(nacl6Decide(a, 'inbound', 'tcp', 22, v6)).toMatchObject({ allowed: false, by: 'unknown', unknownRule: 100 });
    // Another port is not the unknown rule's: rule 120 decides.
    expect(nacl6Decide(a, 'inbound', 'tcp', 443, v6)).toMatchObject({ allowed: true, by: 'rule' });
    // Deciding the same way as the rule after it, the unknown block changes nothing.
    const same = acl(rule(100, 'allow', UNKNOWN_NACL_CIDR6), rule(120, 'allow', '::/0'));
    expect(nacl6Decide(same, 'inbound', 'tcp', 22, v6)).toMatchObject({ allowed: true, by: 'rule' });
  });

  it('a block of no known family is unknown to IPv6 too; IPv4 passes an IPv6 one by', () => {
    const any = acl(rule(100, 'deny', UNKNOWN_NACL_CIDR), rule(120, 'allow', '::/0'), rule(130, 'allow', '0.0.0.0/0'));
    expect(nacl6Decide(any, 'inbound', 'tcp', 22, v6).by).toBe('unknown');
    expect(naclDecide(any, 'inbound', 'tcp', 22, ipToInt('203.0.113.1')!).by).toBe('unknown');
    const six = acl(rule(100, 'deny', UNKNOWN_NACL_CIDR6), rule(130, 'allow', '0.0.0.0/0'));
    expect(naclDecide(six, 'inbound', 'tcp', 22, ipToInt('203.0.113.1')!)).toMatchObject({ allowed: true, by: 'rule' });
  });

  it('replies over a port range: the first port the unknown rule could refuse', () => {
    const a = acl(rule(100, 'deny', UNKNOWN_NACL_CIDR6, 2000, 2100), rule(120, 'allow', '::/0'));
    expect(nacl6DecideRange(a, 'inbound', 'tcp', 1024, 65535, v6)).toMatchObject({
      allowed: false,
      port: 2000,
      unknownRule: 100,
    });
    expect(nacl6DecideRange(a, 'inbound', 'tcp', 3000, 65535, v6)).toMatchObject({ allowed: true });
  });
});
