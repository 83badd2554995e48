import { describe, expect, it } from 'vitest';
import type { NetworkAcl } from '../../model/types.ts';
import { naclRule, webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { nacl002 } from './nacl002-shadowed-rules.ts';

describe('NACL-002 shadowed rules', () => {
  it('accepts a deny before a broader allow (the usual pattern)', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, {
      rules: [
        naclRule(90, 'inbound', 'deny', 'tcp', 22, '203.0.113.0/24'),
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535]),
      ],
    });
    expect(run(nacl002, b.build())).toEqual([]);
  });
  it('warns when an earlier allow shadows a deny, and informs when the shadowing rule acts the same', () => {
    const { b, vpc } = webApp();
    const acl = b.nacl(vpc, {
      rules: [
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535]),
        naclRule(110, 'inbound', 'deny', 'tcp', 22, '203.0.113.0/24'),
        naclRule(120, 'inbound', 'allow', 'tcp', 443, '10.0.0.0/8'),
      ],
    });
    const f = run(nacl002, b.build());
    expect(f.map((x) => `${x.variant}:${x.params.number}:${x.severity}@${x.resource}`)).toEqual([
      `shadowed:110:warning@${acl}`,
      `redundant:120:info@${acl}`,
    ]);
  });
  it('combines port ranges of several earlier rules', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, {
      rules: [
        naclRule(10, 'outbound', 'allow', 'tcp', [0, 1000]),
        naclRule(20, 'outbound', 'allow', 'tcp', [1001, 65535]),
        naclRule(30, 'outbound', 'deny', 'tcp', [900, 1100]),
      ],
    });
    expect(run(nacl002, b.build()).map((x) => [x.variant, x.params.by])).toEqual([['shadowed', '10, 20']]);
  });
  it('sees shadowing by a union of address ranges (two /1 rules cover /0)', () => {
    const { b, vpc } = webApp();
    const acl = b.nacl(vpc, {
      rules: [
        naclRule(10, 'inbound', 'deny', 'tcp', 22, '0.0.0.0/1'),
        naclRule(20, 'inbound', 'deny', 'tcp', 22, '128.0.0.0/1'),
        naclRule(30, 'inbound', 'allow', 'tcp', [20, 30]),
      ],
    });
    expect(run(nacl002, b.build())).toEqual([]);
    b.patch(acl, { rules: [...b.get<NetworkAcl>(acl).rules, naclRule(40, 'inbound', 'allow', 'tcp', 22)] });
    expect(run(nacl002, b.build()).map((x) => [x.variant, x.params.number, x.params.by])).toEqual([
      ['shadowed', 40, '10, 20'],
    ]);
  });

  it('an all-protocols rule is not shadowed by tcp, udp and icmp rules together', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, {
      rules: [
        naclRule(10, 'outbound', 'allow', 'tcp', [0, 65535]),
        naclRule(20, 'outbound', 'allow', 'udp', [0, 65535]),
        naclRule(30, 'outbound', 'allow', 'icmp', 0),
        naclRule(40, 'outbound', 'deny', 'all', 0),
      ],
    });
    expect(run(nacl002, b.build())).toEqual([]);
  });
});
