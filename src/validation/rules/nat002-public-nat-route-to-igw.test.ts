import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { nat002 } from './nat002-public-nat-route-to-igw.ts';

describe('NAT-002 public NAT gateways need an IGW route', () => {
  it('accepts NAT gateways in public subnets', () => {
    expect(keys(nat002, webApp().b.build())).toEqual([]);
  });
  it('reports a public NAT gateway in a private subnet', () => {
    const { b, privA } = webApp();
    const bad = b.nat(privA);
    expect(keys(nat002, b.build())).toEqual([`no-igw-route@${bad}`]);
  });
  it('reports NAT gateways of a VPC without an IGW', () => {
    const { b, igw, nat, natB } = webApp();
    b.patch(igw, { parent: null });
    expect(keys(nat002, b.build())).toEqual([`vpc-without-igw@${nat}`, `vpc-without-igw@${natB}`].sort());
  });
});
