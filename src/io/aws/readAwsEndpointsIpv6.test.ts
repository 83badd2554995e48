/**
 * Import of VPC endpoints, the egress-only internet gateway and IPv6 fields, on hand fixtures that
 * follow the AWS CLI reference output (describe-vpcs, describe-subnets, describe-route-tables,
 * describe-vpc-endpoints, describe-egress-only-internet-gateways examples).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResourceOfKind } from '../../model/types.ts';
import { validate } from '../../validation/index.ts';
import { readAws } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/dualstack/', import.meta.url));
const inputs = readdirSync(dir).map((f) => ({ path: `us-east-1/${f}`, text: readFileSync(dir + f, 'utf8') }));

describe('AWS import: endpoints, egress-only gateway, IPv6', () => {
  const r = readAws(inputs);
  const get = <K extends 'vpc' | 'subnet' | 'routeTable' | 'gatewayEndpoint' | 'interfaceEndpoint' | 'egressOnlyIgw'>(
    id: string,
    kind: K,
  ) => {
    const x = r.design!.resources.find((y) => y.id === id);
    expect(x?.kind).toBe(kind);
    return x as ResourceOfKind<K>;
  };

  it('keeps the IPv6 blocks of the VPC and subnet and the IPv6 routes', () => {
    expect(get('vpc-0a60eb65b4EXAMPLE', 'vpc').ipv6CidrBlocks).toEqual(['2600:1f18:4a3:6b00::/56']);
    expect(get('subnet-0private1EXAMPLE', 'subnet').ipv6Cidr).toBe('2600:1f18:4a3:6b01::/64');
    const rt = get('rtb-09ba434c1bEXAMPLE', 'routeTable');
    expect(rt.routes.map((x) => [x.destination, x.target])).toEqual([
      ['10.0.0.0/16', 'local'],
      ['2600:1f18:4a3:6b00::/56', 'local'],
      ['::/0', 'eigw-015e0e244e24dfe8a'],
      ['pl-63a5400a', 'vpce-032a826a'],
    ]);
    expect(r.report.problems.filter((p) => p.code === 'ipv6-kept-aside')).toEqual([]);
  });

  it('makes the egress-only gateway and both endpoints real kinds, not externals', () => {
    expect(get('eigw-015e0e244e24dfe8a', 'egressOnlyIgw').parent).toBe('vpc-0a60eb65b4EXAMPLE');
    expect(get('vpce-032a826a', 'gatewayEndpoint')).toMatchObject({
      serviceName: 'com.amazonaws.us-east-1.s3',
      prefixListId: 'pl-63a5400a',
      routeTableIds: ['rtb-09ba434c1bEXAMPLE'],
    });
    expect(get('vpce-0f89a33420c1931d7', 'interfaceEndpoint')).toMatchObject({
      parent: 'subnet-0private1EXAMPLE',
      subnetIds: ['subnet-0private1EXAMPLE'],
      privateDns: true,
    });
    expect(r.report.externals.map((e) => e.id)).not.toContain('vpce-032a826a');
    expect(validate(r.design!).filter((f) => f.rule === 'VPCE-001')).toEqual([]);
  });
});
