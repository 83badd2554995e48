import { describe, expect, it } from 'vitest';
import { run } from '../testing/findings.ts';
import { webApp } from '../testing/builder.ts';
import { eni002 } from './eni002-interface-groups-vpc.ts';
import { top002 } from './top002-associations-in-one-vpc.ts';

describe('ENI-002 network interface groups', () => {
  it('accepts groups of its own VPC', () => {
    const { b, privB, web, appSg } = webApp();
    b.resource('networkInterface', privB, {
      ownerId: web,
      privateIp: null,
      elasticIp: null,
      securityGroupIds: [appSg],
    });
    expect(run(eni002, b.build())).toEqual([]);
  });
  it('errors on a group of another VPC, and TOP-002 leaves it to this rule', () => {
    const { b, region, privB, web } = webApp();
    const other = b.vpc(region, '10.9.0.0/16');
    const foreign = b.sg(other, {});
    const eni = b.resource('networkInterface', privB, {
      ownerId: web,
      privateIp: null,
      elasticIp: null,
      securityGroupIds: [foreign],
    });
    const d = b.build();
    expect(run(eni002, d)).toMatchObject([
      { variant: 'foreign-group', severity: 'error', resource: eni, params: { sg: foreign, otherVpc: other } },
    ]);
    expect(run(top002, d).filter((f) => f.resource === eni)).toEqual([]);
  });
});
