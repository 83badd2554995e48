import { describe, expect, it } from 'vitest';
import { run } from '../testing/findings.ts';
import { nlbApp, targetGroup } from '../testing/loadBalancers.ts';
import { lb002 } from './lb002-listener-target-group.ts';

describe('LB-002 listener without targets', () => {
  it('accepts a listener forwarding to a group with targets', () => {
    expect(run(lb002, nlbApp().b.build())).toEqual([]);
  });
  it('warns about a listener with no target group, or one not in the design', () => {
    const { b, lb } = nlbApp();
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: null }] });
    expect(run(lb002, b.build())).toMatchObject([
      { variant: 'no-target-group', severity: 'warning', resource: lb, params: { listener: 'TCP 80' } },
    ]);
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: 'tg-gone' }] });
    expect(run(lb002, b.build())).toMatchObject([{ variant: 'no-target-group', params: { targetGroup: 'tg-gone' } }]);
  });
  it('warns about an empty target group', () => {
    const { b, lb, vpc } = nlbApp();
    const empty = targetGroup(b, vpc, []);
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 443, targetGroupId: empty }] });
    expect(run(lb002, b.build())).toMatchObject([
      { variant: 'empty-target-group', resource: lb, params: { listener: 'TCP 443', targetGroup: empty } },
    ]);
  });
  it('a listener the ALB answers itself (fixed-response, redirect) needs no target group', () => {
    const { b, lb } = nlbApp({ type: 'application', lbSg: true });
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'HTTP', port: 80, targetGroupId: null, action: 'redirect' }] });
    expect(run(lb002, b.build())).toEqual([]);
    // A network load balancer cannot answer: its listener still needs a group.
    b.patch(lb, {
      lbType: 'network',
      listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: null, action: 'redirect' }],
    });
    expect(run(lb002, b.build())).toMatchObject([{ variant: 'no-target-group' }]);
  });
});
