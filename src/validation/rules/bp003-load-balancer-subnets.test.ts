import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { bp003 } from './bp003-load-balancer-subnets.ts';

describe('BP-003 load balancer subnets', () => {
  it('accepts an internet-facing load balancer in two public subnets of two AZs', () => {
    const { b, pubA, pubB } = webApp();
    b.lb(pubA, { scheme: 'internet-facing', subnetIds: [pubA, pubB] });
    expect(keys(bp003, b.build())).toEqual([]);
  });
  it('errors on a single AZ', () => {
    const { b, privA } = webApp();
    const lb = b.lb(privA, { subnetIds: [privA] });
    expect(run(bp003, b.build())).toMatchObject([
      { variant: 'single-az', severity: 'error', resource: lb, params: { count: 1 } },
    ]);
  });
  it('accepts a network load balancer in one AZ', () => {
    const { b, pubA } = webApp();
    b.lb(pubA, { scheme: 'internet-facing', subnetIds: [pubA], lbType: 'network' });
    expect(keys(bp003, b.build())).toEqual([]);
  });
  it('warns about an internet-facing load balancer in private subnets', () => {
    const { b, privA, privB } = webApp();
    const lb = b.lb(privA, { scheme: 'internet-facing', subnetIds: [privA, privB] });
    expect(run(bp003, b.build())).toMatchObject([
      { variant: 'internet-facing-private', severity: 'warning', resource: lb, related: [privA, privB] },
    ]);
  });
});
