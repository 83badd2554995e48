import { describe, expect, it } from 'vitest';
import { naclRule, webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { nacl001 } from './nacl001-rule-numbers.ts';

describe('NACL-001 rule numbers', () => {
  it('accepts unique numbers in range, and the same number in both directions', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, {
      rules: [
        naclRule(1, 'inbound', 'allow', 'tcp', 443),
        naclRule(1, 'outbound', 'allow', 'tcp', [1024, 65535]),
        naclRule(32766, 'inbound', 'deny', 'all', 0),
      ],
    });
    expect(keys(nacl001, b.build())).toEqual([]);
  });
  it('reports 0, 32767 and a duplicate in one direction', () => {
    const { b, vpc } = webApp();
    const acl = b.nacl(vpc, {
      rules: [
        naclRule(0, 'inbound', 'allow', 'tcp', 443),
        naclRule(32767, 'outbound', 'allow', 'all', 0),
        naclRule(100, 'inbound', 'allow', 'tcp', 80),
        naclRule(100, 'inbound', 'deny', 'tcp', 22),
      ],
    });
    const f = run(nacl001, b.build());
    expect(f.map((x) => `${x.variant}:${x.params.number}@${x.resource}`)).toEqual([
      `number-out-of-range:0@${acl}`,
      `number-out-of-range:32767@${acl}`,
      `duplicate-number:100@${acl}`,
    ]);
  });
});
