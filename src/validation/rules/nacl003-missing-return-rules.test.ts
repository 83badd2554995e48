import { describe, expect, it } from 'vitest';
import { naclRule, webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { nacl003 } from './nacl003-missing-return-rules.ts';

describe('NACL-003 stateless return traffic', () => {
  it('accepts inbound 443 with outbound 1024-65535 to the same CIDR', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, {
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535])],
    });
    expect(run(nacl003, b.build())).toEqual([]);
  });
  it('warns when the return range is too narrow or denied first', () => {
    const { b, vpc } = webApp();
    const narrow = b.nacl(vpc, {
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [32768, 65535])],
    });
    const denied = b.nacl(vpc, {
      rules: [
        naclRule(100, 'outbound', 'allow', 'udp', 53, '10.0.0.2/32'),
        naclRule(50, 'inbound', 'deny', 'udp', [1024, 2000]),
        naclRule(60, 'inbound', 'allow', 'udp', [1024, 65535]),
      ],
    });
    const f = run(nacl003, b.build());
    expect(
      f.map((x) => `${x.resource}:${x.params.direction}->${x.params.returnDirection}:${x.params.protocol}`),
    ).toEqual([`${narrow}:inbound->outbound:tcp`, `${denied}:outbound->inbound:udp`]);
  });
  it('does not ask a wide ephemeral rule for its own return, nor check a default NACL without rules', () => {
    const { b, vpc } = webApp();
    b.nacl(vpc, { rules: [naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535])] });
    b.nacl(vpc, { isDefault: true });
    expect(run(nacl003, b.build())).toEqual([]);
  });
});
