import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { nlbApp } from '../testing/loadBalancers.ts';
import { lb003 } from './lb003-target-zones.ts';

describe('LB-003 targets in the load balancer’s zones', () => {
  it('errors on a target in an AZ the load balancer has no subnet in', () => {
    const { b, lb, pubB, app } = nlbApp({ type: 'application' });
    b.patch(lb, { subnetIds: [pubB], parent: pubB });
    expect(run(lb003, b.build())).toMatchObject([
      {
        variant: 'target-outside-zones',
        severity: 'error',
        resource: app,
        params: { lb, zone: 'us-east-1a', zones: 'us-east-1b' },
      },
    ]);
  });
  it('an NLB with cross-zone off warns about an enabled AZ without targets; on, it does not', () => {
    const { b, lb } = nlbApp(); // the only target is in AZ a, the NLB is in a and b
    expect(keys(lb003, b.build())).toEqual([`zone-without-targets@${lb}`]);
    expect(run(lb003, b.build())[0]!.params.zone).toBe('us-east-1b');
    b.patch(lb, { crossZone: true });
    expect(run(lb003, b.build())).toEqual([]);
  });
  it('an ALB always balances across zones', () => {
    expect(run(lb003, nlbApp({ type: 'application' }).b.build())).toEqual([]);
  });
});
