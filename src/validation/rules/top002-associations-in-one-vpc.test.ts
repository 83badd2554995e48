import { describe, expect, it } from 'vitest';
import { DesignBuilder, sgRule, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { top002 } from './top002-associations-in-one-vpc.ts';

function twoVpcs() {
  const b = new DesignBuilder();
  const r = b.region();
  const v1 = b.vpc(r, '10.0.0.0/16');
  const v2 = b.vpc(r, '10.1.0.0/16');
  const s1 = b.subnet(b.az(v1), '10.0.0.0/24');
  const s2 = b.subnet(b.az(v2), '10.1.0.0/24');
  return { b, v1, v2, s1, s2 };
}

describe('TOP-002 cross-VPC associations', () => {
  it('accepts a design whose associations stay in their VPC', () => {
    expect(keys(top002, webApp().b.build())).toEqual([]);
  });
  it('reports a route table and a NACL associated with a subnet of another VPC', () => {
    const { b, v1, s2 } = twoVpcs();
    const rt = b.routeTable(v1, { subnets: [s2] });
    const acl = b.nacl(v1, { subnets: [s2] });
    expect(keys(top002, b.build())).toEqual([`nacl-subnet@${acl}`, `route-table-subnet@${rt}`].sort());
  });
  it('reports an SG of another VPC, a subnet group spanning VPCs, and a route to an instance of another VPC', () => {
    const { b, v1, v2, s1, s2 } = twoVpcs();
    const foreignSg = b.sg(v2, { ingress: [sgRule('tcp', 22, '10.0.0.0/8')] });
    const i = b.instance(s1, { securityGroupIds: [foreignSg] });
    const db = b.rds(s1, { subnetIds: [s1, s2] });
    const other = b.instance(s2);
    const rt = b.routeTable(v1, { routes: [['0.0.0.0/0', other]] });
    expect(keys(top002, b.build())).toEqual(
      [`route-target-eni@${rt}`, `sg-attachment@${i}`, `subnet-group@${db}`].sort(),
    );
  });
});
