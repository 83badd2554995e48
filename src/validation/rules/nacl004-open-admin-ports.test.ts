import { describe, expect, it } from 'vitest';
import { naclRule, webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { nacl004 } from './nacl004-open-admin-ports.ts';

describe('NACL-004 internet to SSH/RDP or all traffic', () => {
  it('accepts SSH from a narrow range, and a /0 SSH allow that an earlier /0 deny shadows', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, { rules: [naclRule(100, 'inbound', 'allow', 'tcp', 22, '198.51.100.0/24')] });
    b.nacl(vpc, { rules: [naclRule(90, 'inbound', 'deny', 'tcp', 22), naclRule(100, 'inbound', 'allow', 'tcp', 22)] });
    expect(keys(nacl004, b.build())).toEqual([]);
  });
  it('warns about 0-65535 from /0 (covers 22 and 3389) and about all traffic', () => {
    const { b, vpc } = webApp();
    const ports = b.nacl(vpc, { rules: [naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535])] });
    const all = b.nacl(vpc, { rules: [naclRule(100, 'inbound', 'allow', 'all', 0)] });
    const f = run(nacl004, b.build());
    expect(f.map((x) => `${x.variant}:${x.params.port ?? ''}@${x.resource}`)).toEqual([
      `admin-port-open:22@${ports}`,
      `admin-port-open:3389@${ports}`,
      `all-protocols:@${all}`,
    ]);
  });
  it('still warns when an earlier deny covers only part of the internet, and ignores the default NACL', () => {
    const { b, vpc } = webApp();
    const partly = b.nacl(vpc, {
      rules: [naclRule(90, 'inbound', 'deny', 'tcp', 22, '0.0.0.0/1'), naclRule(100, 'inbound', 'allow', 'tcp', 22)],
    });
    b.nacl(vpc, { isDefault: true, rules: [naclRule(100, 'inbound', 'allow', 'all', 0)] });
    expect(keys(nacl004, b.build())).toEqual([`admin-port-open@${partly}`]);
  });
});
