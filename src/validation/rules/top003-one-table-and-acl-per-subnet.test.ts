import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { top003 } from './top003-one-table-and-acl-per-subnet.ts';

describe('TOP-003 one route table and one NACL per subnet', () => {
  it('accepts one explicit association each', () => {
    const { b, vpc, pubA } = webApp();
    b.nacl(vpc, { subnets: [pubA] });
    expect(keys(top003, b.build())).toEqual([]);
  });
  it('reports a subnet listed by two route tables and by two NACLs', () => {
    const { b, vpc, pubA, publicRt } = webApp();
    const rt2 = b.routeTable(vpc, { subnets: [pubA] });
    const a1 = b.nacl(vpc, { subnets: [pubA] });
    const a2 = b.nacl(vpc, { subnets: [pubA] });
    const f = run(top003, b.build());
    expect(f.map((x) => x.variant).sort()).toEqual(['multiple-nacls', 'multiple-route-tables']);
    expect(f.find((x) => x.variant === 'multiple-route-tables')).toMatchObject({
      resource: pubA,
      related: [publicRt, rt2],
      params: { used: publicRt },
    });
    expect(f.find((x) => x.variant === 'multiple-nacls')?.related).toEqual([a1, a2]);
  });
});
