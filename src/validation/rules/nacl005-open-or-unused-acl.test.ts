import { describe, expect, it } from 'vitest';
import { naclRule, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { nacl005 } from './nacl005-open-or-unused-acl.ts';

describe('NACL-005 custom NACL hygiene', () => {
  it('is silent for an associated NACL with specific allows', () => {
    const { b, vpc, pubA } = webApp();
    b.nacl(vpc, {
      subnets: [pubA],
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535])],
    });
    expect(keys(nacl005, b.build())).toEqual([]);
  });
  it('informs about all ports from /0, no allow rules, and no association', () => {
    const { b, vpc, pubA, pubB } = webApp();
    const open = b.nacl(vpc, { subnets: [pubA], rules: [naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535])] });
    const closed = b.nacl(vpc, { subnets: [pubB], rules: [naclRule(100, 'inbound', 'deny', 'all', 0)] });
    const lonely = b.nacl(vpc, { rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443)] });
    expect(keys(nacl005, b.build())).toEqual(
      [`all-ports-open@${open}`, `no-allow-rules@${closed}`, `unassociated@${lonely}`].sort(),
    );
  });
  it('does not apply to the default NACL', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, { isDefault: true });
    expect(keys(nacl005, b.build())).toEqual([]);
  });
});
