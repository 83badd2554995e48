import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { sg001 } from './sg001-open-admin-ports.ts';

describe('SG-001 internet ingress to SSH/RDP or all traffic', () => {
  it('accepts 443 from anywhere and SSH from an office range', () => {
    const { b, vpc } = webApp();
    b.sg(vpc, { ingress: [sgRule('tcp', 22, '198.51.100.0/24')] });
    expect(run(sg001, b.build())).toEqual([]);
  });
  it('warns about 22, a range covering 3389, and all traffic from /0', () => {
    const { b, vpc } = webApp();
    const ssh = b.sg(vpc, { ingress: [sgRule('tcp', 22, '0.0.0.0/0')] });
    const rdp = b.sg(vpc, { ingress: [sgRule('tcp', [3000, 4000], '0.0.0.0/0')] });
    const all = b.sg(vpc, { ingress: [sgRule('all', [0, 65535], '0.0.0.0/0')] });
    const f = run(sg001, b.build());
    expect(f.map((x) => `${x.variant}:${x.params.port ?? ''}@${x.resource}`)).toEqual([
      `admin-port-open:22@${ssh}`,
      `admin-port-open:3389@${rdp}`,
      `all-protocols:@${all}`,
    ]);
  });
});
