import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sg002 } from './sg002-default-group-in-use.ts';

describe('SG-002 default security group', () => {
  it('accepts an empty, unused default SG', () => {
    const { b, vpc } = webApp();
    b.sg(vpc, { isDefault: true, egress: [] });
    expect(keys(sg002, b.build())).toEqual([]);
  });
  it('warns when the default SG has rules and is in use', () => {
    const { b, vpc, app } = webApp();
    const def = b.sg(vpc, { isDefault: true, ingress: [sgRule('all', [0, 65535], 'sg-self')] });
    b.patch(app, { securityGroupIds: [def] });
    expect(keys(sg002, b.build())).toEqual([`has-rules@${def}`, `in-use@${def}`]);
  });
});
