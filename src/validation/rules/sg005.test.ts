import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { sg005 } from './sg005.ts';
import { sg006 } from './sg006.ts';
import { sg007 } from './sg007.ts';

describe('SG-005 unattached, SG-006 no description, SG-007 default egress', () => {
  it('is silent for an attached, described group with narrow egress', () => {
    const { b, vpc, app } = webApp();
    const g = b.sg(vpc, { egress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    b.patch(app, { securityGroupIds: [g] });
    for (const rule of [sg005, sg006, sg007])
      expect(keys(rule, b.build()).filter((k) => k.endsWith(`@${g}`))).toEqual([]);
  });

  it('gives an unattached group and a missing description their own rule ids', () => {
    const { b, vpc } = webApp();
    const g = b.sg(vpc, { description: ' ', egress: [] });
    const d = b.build();
    expect(
      run(sg005, d)
        .filter((f) => f.resource === g)
        .map((f) => `${f.rule}.${f.variant}`),
    ).toEqual(['SG-005.unattached']);
    expect(
      run(sg006, d)
        .filter((f) => f.resource === g)
        .map((f) => `${f.rule}.${f.variant}`),
    ).toEqual(['SG-006.no-description']);
  });

  it('does not call the default group unattached', () => {
    const { b, vpc } = webApp();
    const d = b.sg(vpc, { isDefault: true, egress: [] });
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${d}`))).toEqual([]);
  });

  it('says the all-outbound default once for the design, at info level, naming every group', () => {
    const { b, vpc, webSg, appSg, dbSg } = webApp();
    const extra = b.sg(vpc);
    const all = [webSg, appSg, dbSg, extra];
    const found = run(sg007, b.build());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'SG-007',
      variant: 'default-egress',
      severity: 'info',
      resource: webSg,
      related: [appSg, dbSg, extra],
      params: { count: 4, groups: all.join(', ') },
    });
    expect(found[0]!.message).toContain('4 security groups');
  });

  it('speaks of one group in the singular', () => {
    const { b, appSg, dbSg, webSg } = webApp();
    b.patch(appSg, { egress: [sgRule('tcp', 5432, dbSg)] });
    b.patch(dbSg, { egress: [] });
    const [f] = run(sg007, b.build());
    expect(f).toMatchObject({ resource: webSg, params: { count: 1, groups: webSg } });
    expect(f!.related).toBeUndefined();
    expect(f!.message).toMatch(new RegExp(`^Security group ${webSg} allows all outbound`));
  });
});
