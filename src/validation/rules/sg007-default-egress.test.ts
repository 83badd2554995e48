import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { sg007 } from './sg007-default-egress.ts';

describe("SG-007 AWS's default egress, said once", () => {
  it('says the all-outbound default once for the design, at info level, naming every group', () => {
    const { b, vpc, webSg, appSg, dbSg } = webApp();
    const extra = b.sg(vpc);
    const found = run(sg007, b.build());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'SG-007',
      variant: 'default-egress',
      severity: 'info',
      resource: webSg,
      related: [appSg, dbSg, extra],
      params: { count: 4, groups: [webSg, appSg, dbSg, extra].join(', ') },
    });
    expect(found[0]!.message).toContain('4 security groups');
  });

  it('speaks of one group in the singular', () => {
    const { b, appSg, dbSg, webSg } = webApp();
    b.patch(appSg, { egress: [sgRule('tcp', 5432, dbSg)] });
    b.patch(dbSg, { egress: [] });
    const [f, ...rest] = run(sg007, b.build());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ resource: webSg, params: { count: 1, groups: webSg } });
    expect(f!.related).toBeUndefined();
    expect(f!.message).toMatch(new RegExp(`^Security group ${webSg} allows all outbound`));
  });

  it('is silent when no group allows all traffic out', () => {
    const { b, webSg, appSg, dbSg } = webApp();
    for (const g of [webSg, appSg, dbSg]) b.patch(g, { egress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    expect(run(sg007, b.build())).toEqual([]);
  });
});
