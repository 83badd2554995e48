import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sg004 } from './sg004-too-many-groups.ts';

describe('SG-004 security groups per ENI', () => {
  it('accepts 5 groups', () => {
    const { b, vpc, app } = webApp();
    b.patch(app, { securityGroupIds: [1, 2, 3, 4, 5].map(() => b.sg(vpc)) });
    expect(keys(sg004, b.build())).toEqual([]);
  });
  it('warns about 6 groups on an instance and on a load balancer', () => {
    const { b, vpc, app, pubA } = webApp();
    const six = [1, 2, 3, 4, 5, 6].map(() => b.sg(vpc));
    b.patch(app, { securityGroupIds: six });
    const lb = b.lb(pubA, { securityGroupIds: six });
    expect(keys(sg004, b.build())).toEqual([`too-many-sgs@${app}`, `too-many-sgs@${lb}`].sort());
  });
});
