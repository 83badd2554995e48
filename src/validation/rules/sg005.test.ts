import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sg005 } from './sg005.ts';

describe('SG-005 security group hygiene', () => {
  it('is silent for an attached, described group with narrow egress', () => {
    const { b, vpc, app } = webApp();
    const g = b.sg(vpc, { egress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    b.patch(app, { securityGroupIds: [g] });
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${g}`))).toEqual([]);
  });
  it('informs about an unattached group, a missing description and all-traffic egress', () => {
    const { b, vpc } = webApp();
    const g = b.sg(vpc, { description: ' ' });
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${g}`))).toEqual([
      `egress-open@${g}`,
      `no-description@${g}`,
      `unattached@${g}`,
    ]);
  });
  it('does not call the default group unattached', () => {
    const { b, vpc } = webApp();
    const d = b.sg(vpc, { isDefault: true, egress: [] });
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${d}`))).toEqual([]);
  });
});
