import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { rt003 } from './rt003-route-destinations.ts';

describe('RT-003 route destinations', () => {
  it('accepts a more specific route that is a whole subnet via a NAT gateway or an instance', () => {
    const { b, vpc, privB, nat, app } = webApp();
    b.routeTable(vpc, {
      routes: [
        ['10.0.11.0/24', nat],
        ['10.0.10.0/24', app],
      ],
    });
    expect(privB).toBeTruthy();
    expect(keys(rt003, b.build())).toEqual([]);
  });
  it('reports a more specific route that is not a subnet, and one via an IGW', () => {
    const { b, vpc, igw, nat } = webApp();
    const rt = b.routeTable(vpc, {
      routes: [
        ['10.0.5.0/24', nat],
        ['10.0.11.0/24', igw],
      ],
    });
    expect(keys(rt003, b.build())).toEqual([`bad-target@${rt}`, `not-subnet-cidr@${rt}`]);
  });
  it('reports 169.254.168.0/22 destinations, garbage destinations and a local route to a non-block', () => {
    const { b, vpc, igw } = webApp();
    const rt = b.routeTable(vpc, {
      routes: [
        ['169.254.169.0/24', igw],
        ['somewhere', igw],
        ['10.9.0.0/16', 'local'],
      ],
    });
    expect(keys(rt003, b.build())).toEqual([
      `invalid-destination@${rt}`,
      `local-not-vpc-block@${rt}`,
      `reserved-destination@${rt}`,
    ]);
  });
});
